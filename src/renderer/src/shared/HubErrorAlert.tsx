import { Alert, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from './hubError'

/** A refused action or a failed read in the hub's words (already in the screen's language);
 * nothing while there is none. */
export function HubErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <Alert color="red" role="alert">
      {errorMessage(error, t)}
    </Alert>
  )
}

/** What a screen shows until its query has its data: a loader, or the hub's refusal. */
export function QueryWait({ query }: { query: { isPending: boolean; error: unknown } }) {
  const { t } = useTranslation()
  if (query.isPending) return <Loader aria-label={t('common.loading')} />
  return <HubErrorAlert error={query.error} />
}
