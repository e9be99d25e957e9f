import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import type { LeaderView, PetitionerOnPaper, ProvisionalField } from '@shared/contract'
import { hallDateOf } from '../../../app/hallClock'
import { issuerName, longDate } from '../format'
import { usePrintLanguage } from '../usePrintLanguage'

// The pieces every case paper is made of, written once: the top (title, void notice, number),
// the field table, the petitioner's lines, the issuer's seal, the signature and receipt lines.

/** Where the sheet came from: the archive (a recorded print), with its state. */
export interface ArchiveMark {
  originalId: number
  printCount: number
  reprint: boolean
  superseded: boolean
  supersededAt: string | null
  supersededReason?: 'amended' | 'calendar' | null
}

/** What each paper's component gets: its snapshot and the archive's mark when it is one. */
export type PaperProps<V> = { view: V; archive: ArchiveMark | null }

export function leaderName(t: TFunction, leader: LeaderView | null): string {
  if (!leader) return '—'
  return leader.title ? t('casePrint.leaderName', leader) : leader.name
}

/**
 * A date as the paper prints it: 「2027年2月12日（暂定）」 when it was reckoned over a year whose
 * holiday arrangement nobody knew when printed (then the sheet ends with the note saying why).
 */
export function dateOn(
  t: TFunction,
  view: { provisional: ProvisionalField[] },
  field: ProvisionalField,
  date: string,
): string {
  const text = longDate(t, date)
  return view.provisional.includes(field) ? `${text}${t('casePrint.provisional')}` : text
}

/** The petitioner's lines in a field table: contact details, masked names or withheld. */
export function petitionerText(t: TFunction, p: PetitionerOnPaper): string[] {
  if (p.mode === 'withheld') return [t('casePrint.withheld')]
  if (p.mode === 'masked') return [p.names.join('、')]
  return p.persons.map((person) =>
    [
      t('casePrint.contactPerson', { name: person.name }),
      person.phone ? t('casePrint.contactPhone', { phone: person.phone }) : null,
      person.address ? t('casePrint.contactAddress', { address: person.address }) : null,
    ]
      .filter(Boolean)
      .join('　'),
  )
}

/** The petitioner named in a sentence (an accuser never by name). */
export function petitionerInText(t: TFunction, p: PetitionerOnPaper): string {
  if (p.mode === 'withheld') return t('casePrint.accuser')
  const names = p.mode === 'masked' ? p.names : p.persons.map((person) => person.name)
  const who =
    p.headcount > names.length || names.length > 1
      ? t('casePrint.petitionerGroup', { names: names.join('、'), count: p.headcount })
      : (names[0] ?? '')
  return t('casePrint.petitioner', { names: who })
}

/** Whom a paper is addressed to: the names, with the headcount when more came than are named. */
export function addresseeNames(
  t: TFunction,
  view: { addressees: string[]; headcount: number },
): string {
  return view.headcount > view.addressees.length
    ? t('casePrint.petitionerGroup', { names: view.addressees.join('、'), count: view.headcount })
    : view.addressees.join('、')
}

/** The superseded notice, right under the title, so nobody acts on a void paper. */
function VoidNotice({ archive }: { archive: ArchiveMark | null }) {
  const { t } = usePrintLanguage()
  if (!archive?.superseded) return null
  const at = archive.supersededAt ? hallDateOf(archive.supersededAt) : null
  return (
    <div className="void" role="note">
      {t(
        archive.supersededReason === 'calendar'
          ? 'casePrint.supersededCalendar'
          : 'casePrint.superseded',
        { date: at ? longDate(t, at) : '' },
      )}
    </div>
  )
}

/** Title, void notice and number: the top of every paper. */
export function PaperTop({
  title,
  caseNo,
  archive,
}: {
  title: string
  caseNo: string
  archive: ArchiveMark | null
}) {
  const { t } = usePrintLanguage()
  return (
    <>
      <h1>{title}</h1>
      <VoidNotice archive={archive} />
      <div className="number">{t('casePrint.number', { caseNo })}</div>
    </>
  )
}

/** The top of a follow-up paper (issue 14): its title by kind, the void notice and the number. */
export function FollowUpTop({
  view,
  archive,
}: {
  view: { kind: string; caseNo: string }
  archive: ArchiveMark | null
}) {
  const { t } = usePrintLanguage()
  return (
    <PaperTop
      title={t(`followUpPaper.title.${view.kind}`)}
      caseNo={view.caseNo}
      archive={archive}
    />
  )
}

/** The salutation of a follow-up paper handed to the petitioners. */
export function Addressee({ view }: { view: { addressees: string[]; headcount: number } }) {
  const { t } = usePrintLanguage()
  return <p className="addressee">{t('followUpPaper.to', { names: addresseeNames(t, view) })}</p>
}

/** The four-column field table of the slips and records: label, value, label, value. */
export function FieldTable({ children }: { children: ReactNode }) {
  return (
    <table className="fields">
      <colgroup>
        <col style={{ width: '24mm' }} />
        <col />
        <col style={{ width: '24mm' }} />
        <col />
      </colgroup>
      <tbody>{children}</tbody>
    </table>
  )
}

/** A label and its value in one half of a field-table row. */
export function FieldCell({
  label,
  testId,
  children,
}: {
  label: string
  testId?: string
  children: ReactNode
}) {
  return (
    <>
      <th scope="row">{label}</th>
      <td data-testid={testId}>{children}</td>
    </>
  )
}

/** A field-table row whose value spans the width (`wide`: a running text). */
export function FieldRow({
  label,
  wide = false,
  testId,
  children,
}: {
  label: string
  wide?: boolean
  testId?: string
  children: ReactNode
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td colSpan={3} className={wide ? 'wide' : undefined} data-testid={testId}>
        {children}
      </td>
    </tr>
  )
}

/** The petitioner's lines, one a person. */
export function PetitionerLines({ petitioner }: { petitioner: PetitionerOnPaper }) {
  const { t } = usePrintLanguage()
  return (
    <>
      {petitionerText(t, petitioner).map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </>
  )
}

/** The issuer's block at the foot: who seals, and the date under it. */
export function IssuerBlock({ name, date }: { name: string; date: string }) {
  return (
    <div className="issuer">
      <div className="block">
        <div>{name}</div>
        <div>{date}</div>
      </div>
    </div>
  )
}

/** The issuing body's seal line (信访局, 联席会议办公室 or the hall) with the paper's date. */
export function HallSeal({ view, on }: { view: Parameters<typeof issuerName>[1]; on: string }) {
  const { t } = usePrintLanguage()
  return (
    <IssuerBlock name={`${issuerName(t, view)}${t('casePrint.seal')}`} date={longDate(t, on)} />
  )
}

/** The foot of a paper the hall issues: its seal line, dated, and the receipt line beside it. */
export function SealAndReceipt({
  view,
  on,
  receipt,
}: {
  view: Parameters<typeof issuerName>[1]
  on: string
  receipt: 'department' | 'petitioner'
}) {
  return (
    <div className="closing">
      <HallSeal view={view} on={on} />
      <Receipt by={receipt} />
    </div>
  )
}

/** One signature line: who signs, and the date they write beside it. */
export function SignatureRow({ label }: { label: string }) {
  const { t } = usePrintLanguage()
  return (
    <>
      <span className="label">{label}：</span>
      <span className="line" />
      <span className="label">{t('casePrint.signDate')}：</span>
      <span className="date">{t('casePrint.blankDate')}</span>
    </>
  )
}

/**
 * The receipt line at the foot: a department's (签收人, 签收时间) under a paper sent to it, the
 * petitioner's (签收, 日期) under a paper handed to them.
 */
function Receipt({ by }: { by: 'department' | 'petitioner' }) {
  const { t } = usePrintLanguage()
  return (
    <div className="receipt">
      {by === 'department' ? (
        <>
          <span>{t('casePrint.receivedBy')}</span>
          <span className="line" />
          <span>{t('casePrint.receivedAt')}</span>
        </>
      ) : (
        <>
          <span>{t('casePrint.signReceived')}</span>
          <span className="line" />
          <span>{t('casePrint.signDate')}：</span>
        </>
      )}
      <span className="date">{t('casePrint.blankDate')}</span>
    </div>
  )
}
