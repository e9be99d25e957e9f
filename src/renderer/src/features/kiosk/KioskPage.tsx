import {
  Alert,
  Box,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { KioskCase, QueryAnswer, Satisfaction } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { useHallName } from '../../app/useHallName'
import { LanguageSwitch } from '../../app/LanguageSwitch'
import { longDate } from '../print/format'
import { errorMessage, fieldErrors } from '../../shared/hubError'

const SATISFACTIONS: Satisfaction[] = ['satisfied', 'basically_satisfied', 'dissatisfied']

/**
 * The hall's self-service page (查询评价, art 21), for a kiosk device and nothing else: the
 * petitioner types the receipt's query code (or scans its QR) and the last 4 digits of their
 * phone or ID number, sees the visit's progress masked, and rates the answer. No navigation.
 */
export function KioskPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const hall = useHallName()
  const [code, setCode] = useState('')
  const [lastDigits, setLastDigits] = useState('')
  const [answer, setAnswer] = useState<QueryAnswer | null>(null)
  const [thanked, setThanked] = useState(false)
  const query = useMutation(trpc.followUp.query.mutationOptions({ onSuccess: setAnswer }))
  const rate = useMutation(
    trpc.followUp.rate.mutationOptions({
      onSuccess: (a) => {
        setAnswer(a)
        setThanked(true)
      },
    }),
  )
  const submit = (e: FormEvent) => {
    e.preventDefault()
    setThanked(false)
    query.mutate({ code, lastDigits })
  }
  const finish = () => {
    setCode('')
    setLastDigits('')
    setAnswer(null)
    setThanked(false)
    query.reset()
    rate.reset()
  }
  const issues = fieldErrors(query.error, t)
  const issue = (field: string) => issues[field]

  return (
    <Box mih="100vh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" px="xl" py="md" bg="red.8" c="white" wrap="nowrap">
        <Title order={1} fz={34} c="white">
          {hall.name} · {t('kiosk.title')}
        </Title>
        <Box bg="white" px={6} py={4} style={{ borderRadius: 8 }}>
          <LanguageSwitch />
        </Box>
      </Group>

      <Box px="xl" py="lg" style={{ flex: 1, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        {answer?.status !== 'found' ? (
          <Paper withBorder p="xl" radius="md" maw={860} mx="auto" mt="md">
            <form onSubmit={submit} aria-label={t('kiosk.title')}>
              <Stack gap="lg">
                <Text fz={22}>{t('kiosk.intro')}</Text>
                <TextInput
                  size="xl"
                  label={t('kiosk.code')}
                  description={t('kiosk.codeHint')}
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  autoComplete="off"
                  autoFocus
                  error={issue('code')}
                  styles={{
                    label: { fontSize: 24 },
                    description: { fontSize: 18 },
                    input: { fontFamily: 'monospace', letterSpacing: 4, fontSize: 30 },
                  }}
                />
                <TextInput
                  size="xl"
                  label={t('kiosk.lastDigits')}
                  value={lastDigits}
                  onChange={(e) => setLastDigits(e.currentTarget.value)}
                  autoComplete="off"
                  inputMode="numeric"
                  maxLength={4}
                  error={issue('lastDigits')}
                  styles={{ label: { fontSize: 24 }, input: { letterSpacing: 8, fontSize: 30 } }}
                />
                {answer?.status === 'notFound' && (
                  <Alert color="orange" fz="lg" role="alert">
                    <Text fz={20}>
                      {t('kiosk.notFound')}{' '}
                      {t('kiosk.attemptsLeft', { count: answer.attemptsLeft })}
                    </Text>
                  </Alert>
                )}
                {query.error && Object.keys(issues).length === 0 && (
                  <Alert color="red" role="alert">
                    <Text fz={20}>{errorMessage(query.error, t)}</Text>
                  </Alert>
                )}
                {answer?.status === 'locked' && (
                  <Alert color="red" role="alert">
                    <Text fz={20}>{t('kiosk.locked', { count: answer.minutes })}</Text>
                  </Alert>
                )}
                <Button type="submit" size="xl" loading={query.isPending}>
                  {t('kiosk.submit')}
                </Button>
                <Text c="dimmed" fz="md">
                  {t('kiosk.privacy')}
                </Text>
              </Stack>
            </form>
          </Paper>
        ) : (
          <Stack gap="lg">
            <Group justify="space-between">
              <Text fz={24} fw={600}>
                {t('kiosk.visitedOn', { date: longDate(t, answer.visitedOn) })}
              </Text>
              <Button size="lg" variant="default" onClick={finish}>
                {t('kiosk.done')}
              </Button>
            </Group>
            {answer.cases.length === 0 && <Alert fz="xl">{t('kiosk.noCases')}</Alert>}
            {thanked && (
              <Alert color="green" role="status">
                <Text fz={20}>{t('kiosk.rate.thanks')}</Text>
              </Alert>
            )}
            {rate.error && (
              <Alert color="red" role="alert">
                <Text fz={20}>{errorMessage(rate.error, t)}</Text>
              </Alert>
            )}
            {answer.cases.map((c) => (
              <CaseProgress
                key={c.caseNo}
                kase={c}
                rating={rate.isPending}
                onRate={(satisfaction) =>
                  rate.mutate({ code, lastDigits, caseNo: c.caseNo, satisfaction })
                }
              />
            ))}
            <Text c="dimmed">{t('kiosk.privacy')}</Text>
          </Stack>
        )}
      </Box>
    </Box>
  )
}

function CaseProgress(props: {
  kase: KioskCase
  rating: boolean
  onRate: (s: Satisfaction) => void
}) {
  const { t } = useTranslation()
  const c = props.kase
  const date = (d: string | null) => (d ? longDate(t, d) : t('kiosk.none'))
  const fields: [string, string][] = [
    ['state', c.followed ? t(`followUp.state.${c.state}`) : t('kiosk.settledAtTable')],
    ['acceptedOn', date(c.acceptedOn)],
    ['department', c.departmentName ?? t('kiosk.none')],
    ['noticeOn', date(c.noticeOn)],
    [
      'deadline',
      c.deadline
        ? `${longDate(t, c.deadline.date)}${c.deadline.provisional ? t('kiosk.provisional') : ''}${c.extended ? t('kiosk.extended') : ''}`
        : t('kiosk.none'),
    ],
    ['replyOn', date(c.replyOn)],
    ['closedOn', date(c.closedOn)],
  ]
  return (
    <Paper withBorder p="lg" radius="md" data-testid="kiosk-case">
      <Text fz={20} c="dimmed" mb="sm">
        {t('kiosk.caseNo', { caseNo: c.caseNo })}
      </Text>
      <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="md" verticalSpacing="md">
        {fields.map(([key, value]) => (
          <Stack key={key} gap={2}>
            <Text fz={18} c="dimmed">
              {t(`kiosk.field.${key}`)}
            </Text>
            <Text fz={24} fw={600} data-testid={`kiosk-${key}`}>
              {value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      {c.followed && (
        <Box mt="lg" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Text fz={22} fw={600} mb="sm">
            {t('kiosk.rate.title')}
          </Text>
          {c.rating ? (
            <Text fz={22} data-testid="kiosk-rating">
              {t('kiosk.rate.given', {
                satisfaction: t(`kiosk.satisfaction.${c.rating.satisfaction}`),
                date: longDate(t, c.rating.on),
              })}
            </Text>
          ) : c.mayRate ? (
            <Group gap="lg">
              {SATISFACTIONS.map((s) => (
                <Button
                  key={s}
                  size="xl"
                  miw={200}
                  color={s === 'dissatisfied' ? 'gray' : s === 'satisfied' ? 'green' : 'teal'}
                  disabled={props.rating}
                  onClick={() => props.onRate(s)}
                >
                  {t(`kiosk.satisfaction.${s}`)}
                </Button>
              ))}
            </Group>
          ) : (
            <Text fz={20} c="dimmed">
              {t('kiosk.rate.notYet')}
            </Text>
          )}
        </Box>
      )}
    </Paper>
  )
}
