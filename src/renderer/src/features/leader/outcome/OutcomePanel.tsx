import { Box, Button, Modal } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OutcomeForm } from './OutcomeForm'

/**
 * The leader screen's way to conclude the batch at the table: a button that opens the outcome
 * form. The form stays open for the batch it was opened for after the batch leaves the
 * queue, so the case slips and commitments can be printed right away.
 */
export function OutcomePanel({ batchId }: { batchId: number | null }) {
  const { t } = useTranslation()
  const [openFor, setOpenFor] = useState<number | null>(null)
  return (
    <Box px="lg" pb="md">
      <Button
        size="xl"
        fz={22}
        fullWidth
        color="red.8"
        disabled={batchId === null}
        onClick={() => setOpenFor(batchId)}
      >
        {t('outcomePanel.open')}
      </Button>
      <Modal
        opened={openFor !== null}
        onClose={() => setOpenFor(null)}
        title={t('outcomePanel.open')}
        size="min(1100px, 96vw)"
        closeButtonProps={{ 'aria-label': t('outcomePanel.close') }}
      >
        {openFor !== null && <OutcomeForm batchId={openFor} />}
      </Modal>
    </Box>
  )
}
