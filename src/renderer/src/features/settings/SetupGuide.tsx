import { Badge, Button, Card, CheckIcon, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { nextSetupStep } from './setupSteps'
import { useSetupGuide } from './useSetupGuide'

/**
 * The first-run guide, on the desk (home) and the settings while the hall is not set up: the
 * steps in order, each ticked from the data, the next one marked and its button first in reach.
 */
export function SetupGuide({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const { steps, complete } = useSetupGuide()
  if (!steps || complete) return null
  const next = nextSetupStep(steps)
  const done = steps.filter((s) => s.done).length
  if (compact) return <CompactGuide steps={steps} nextId={next?.id} done={done} />
  return (
    <Card withBorder component="section" aria-label={t('setup.title')} data-testid="setup-guide">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3}>{t('setup.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('setup.progress', { done, total: steps.length })}
          </Text>
        </Group>
        <Text size="sm">{t('setup.intro')}</Text>
        <Stack gap="xs" component="ol" style={{ margin: 0, paddingLeft: 0 }}>
          {steps.map((step, index) => {
            const isNext = step.id === next?.id
            return (
              <Group
                key={step.id}
                component="li"
                wrap="nowrap"
                gap="sm"
                data-step={step.id}
                data-done={step.done}
                style={{ listStyle: 'none' }}
              >
                <ThemeIcon
                  radius="xl"
                  size="md"
                  color={step.done ? 'green' : isNext ? 'blue' : 'gray'}
                  variant={step.done || isNext ? 'filled' : 'light'}
                  aria-hidden
                >
                  {step.done ? <CheckIcon size={12} /> : <Text size="sm">{index + 1}</Text>}
                </ThemeIcon>
                <Stack gap={0} flex={1} miw={0}>
                  <Group gap="xs">
                    <Text fw={isNext ? 700 : 500} td={step.done ? 'line-through' : undefined}>
                      {t(`setup.steps.${step.id}.title`)}
                    </Text>
                    {step.done && (
                      <Badge size="sm" color="green" variant="light">
                        {t('setup.done')}
                      </Badge>
                    )}
                    {isNext && (
                      <Badge size="sm" variant="filled">
                        {t('setup.next')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t(`setup.steps.${step.id}.hint`)}
                  </Text>
                </Stack>
                {!step.done && (
                  <Button
                    component={Link}
                    to={step.to}
                    size="xs"
                    variant={isNext ? 'filled' : 'default'}
                    aria-label={
                      isNext
                        ? t('setup.goNext', { step: t(`setup.steps.${step.id}.title`) })
                        : t(`setup.steps.${step.id}.title`)
                    }
                  >
                    {t('setup.go')}
                  </Button>
                )}
              </Group>
            )
          })}
        </Stack>
      </Stack>
    </Card>
  )
}

type Steps = NonNullable<ReturnType<typeof useSetupGuide>['steps']>

/**
 * The guide above the settings: one line (the steps ticked or numbered, the next one's button),
 * so that a tab's own form and its save button stay on the first screen at 1366×768.
 */
function CompactGuide({ steps, nextId, done }: { steps: Steps; nextId?: string; done: number }) {
  const { t } = useTranslation()
  const next = steps.find((s) => s.id === nextId)
  return (
    <Card
      withBorder
      component="section"
      aria-label={t('setup.title')}
      data-testid="setup-guide"
      py="xs"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="wrap" component="ol" style={{ margin: 0, paddingLeft: 0 }}>
          <Text fw={700} size="sm" component="span">
            {t('setup.title')} · {t('setup.progress', { done, total: steps.length })}
          </Text>
          {steps.map((step, index) => (
            <Badge
              key={step.id}
              component="li"
              data-step={step.id}
              data-done={step.done}
              color={step.done ? 'green' : step.id === nextId ? 'blue' : 'gray'}
              variant={step.id === nextId ? 'filled' : 'light'}
              style={{ listStyle: 'none', textTransform: 'none' }}
              leftSection={step.done ? <CheckIcon size={10} /> : `${index + 1}`}
            >
              {t(`setup.steps.${step.id}.title`)}
            </Badge>
          ))}
        </Group>
        {next && (
          <Button
            component={Link}
            to={next.to}
            size="xs"
            aria-label={t('setup.goNext', { step: t(`setup.steps.${next.id}.title`) })}
          >
            {t('setup.go')}
          </Button>
        )}
      </Group>
    </Card>
  )
}
