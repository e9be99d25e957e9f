import type { TFunction } from 'i18next'
import type {
  CaseDocumentSnapshot,
  CommitmentView,
  LeaderView,
  PetitionerOnPaper,
  ProvisionalField,
  SlipView,
  WrittenNoticeView,
} from '@shared/contract'
import { hallDateOf } from '../../app/hallClock'
import { issuerName, longDate } from './format'
import { usePrintLanguage } from './usePrintLanguage'

/** Where the sheet came from: the archive (a recorded print), with its state. */
export interface ArchiveMark {
  originalId: number
  printCount: number
  reprint: boolean
  superseded: boolean
  supersededAt: string | null
  supersededReason?: 'amended' | 'calendar' | null
}

function leaderName(t: TFunction, leader: LeaderView | null): string {
  if (!leader) return '—'
  return leader.title ? t('casePrint.leaderName', leader) : leader.name
}

/** A case document as printed: the snapshot, plus the archive's mark when it is one. */
export function CaseDocumentSheet({
  snapshot,
  archive,
}: {
  snapshot: CaseDocumentSnapshot
  archive: ArchiveMark | null
}) {
  const { t } = usePrintLanguage()
  return (
    <article className="case-doc" aria-label={t(`documentKind.${snapshot.kind}`)}>
      {archive?.superseded && (
        <div className="void-mark" aria-hidden="true">
          作废
        </div>
      )}
      <div className="masthead">{issuerName(t, snapshot)}</div>
      {snapshot.kind === 'slip' && <Slip view={snapshot} archive={archive} />}
      {snapshot.kind === 'commitment' && <Commitment view={snapshot} archive={archive} />}
      {snapshot.kind === 'notice' && <Notice view={snapshot} archive={archive} />}
      <div className="footer">
        <ProvisionalNote provisional={snapshot.kind === 'notice' ? [] : snapshot.provisional} />
        {archive && (
          <div className="archive">
            {t(archive.reprint ? 'casePrint.archiveReprint' : 'casePrint.archive', {
              id: String(archive.originalId).padStart(6, '0'),
              count: archive.printCount,
            })}
          </div>
        )}
      </div>
    </article>
  )
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

/**
 * A date as the paper prints it: 「2027年2月12日（暂定）」 when it was reckoned over a year whose
 * holiday arrangement nobody knew when printed (then the sheet ends with the note saying why).
 */
function dateOn(
  t: TFunction,
  view: { provisional: ProvisionalField[] },
  field: ProvisionalField,
  date: string,
): string {
  const text = longDate(t, date)
  return view.provisional.includes(field) ? `${text}${t('casePrint.provisional')}` : text
}

/**
 * What 「暂定」 means, at the foot of a paper that has provisional dates: beside the archive
 * number, in its small type, so a full slip still fits its one page.
 */
function ProvisionalNote({ provisional }: { provisional: ProvisionalField[] }) {
  const { t } = usePrintLanguage()
  if (provisional.length === 0) return null
  return (
    <p className="provisional-note" role="note">
      {t('casePrint.provisionalNote')}
    </p>
  )
}

function petitionerText(t: TFunction, p: PetitionerOnPaper): string[] {
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

function deadlineNote(t: TFunction, view: SlipView) {
  if (view.deadlineRule === 'promised')
    return t('casePrint.rulePromised', {
      statute: dateOn(t, view, 'statuteDeadline', view.statuteDeadline),
    })
  if (view.deadlineRule.startsWith('statute:art34:ext')) return t('casePrint.ruleExtended')
  return t('casePrint.ruleStatute')
}

function Slip({ view, archive }: { view: SlipView; archive: ArchiveMark | null }) {
  const { t } = usePrintLanguage()
  const hall = issuerName(t, view)
  const petitioner = petitionerText(t, view.petitioner)
  // A sooner promise can fall before the acceptance notice is due: then the one reply says both.
  const noticeWithReply = view.deadline <= view.acceptanceNoticeBy
  return (
    <>
      <h1>{t(`casePrint.slipTitle.${view.outcome}`)}</h1>
      <VoidNotice archive={archive} />
      <div className="number">{t('casePrint.number', { caseNo: view.caseNo })}</div>
      <p className="addressee">{t('casePrint.slipTo', { department: view.departmentName })}</p>
      <p className="indent">
        {t(`casePrint.slipIntro.${view.outcome}`, { date: longDate(t, view.dayDate) })}
      </p>
      <table className="fields">
        <colgroup>
          <col style={{ width: '24mm' }} />
          <col />
          <col style={{ width: '24mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">{t('casePrint.field.visitDate')}</th>
            <td>{longDate(t, view.dayDate)}</td>
            <th scope="row">{t('casePrint.field.headcount')}</th>
            <td>{t('casePrint.persons', { count: view.petitioner.headcount })}</td>
          </tr>
          <tr>
            <th scope="row">{t('casePrint.field.petitioner')}</th>
            <td colSpan={3} data-testid="slip-petitioner">
              {petitioner.map((line, i) => (
                <div key={i}>{line}</div>
              ))}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('casePrint.field.nature')}</th>
            <td>{t(`nature.${view.nature}`)}</td>
            <th scope="row">{t('casePrint.field.category')}</th>
            <td>{view.categoryName ?? '—'}</td>
          </tr>
          {view.townshipName && (
            <tr>
              <th scope="row">{t('casePrint.field.township')}</th>
              <td colSpan={3}>{view.townshipName}</td>
            </tr>
          )}
          <tr>
            <th scope="row">{t('casePrint.field.summary')}</th>
            <td colSpan={3} className="wide">
              {view.summary}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('casePrint.field.decision')}</th>
            <td colSpan={3} className="wide">
              {view.decision}
            </td>
          </tr>
          {view.consulted.length > 0 && (
            <tr>
              <th scope="row">{t('casePrint.field.consulted')}</th>
              <td colSpan={3}>{view.consulted.join('、')}</td>
            </tr>
          )}
          <tr>
            <th scope="row">{t('casePrint.field.department')}</th>
            <td>{view.departmentName}</td>
            <th scope="row">{t('casePrint.field.ownerLeader')}</th>
            <td>{leaderName(t, view.ownerLeader)}</td>
          </tr>
          <tr>
            <th scope="row">{t('casePrint.field.noticeBy')}</th>
            <td colSpan={3} data-testid="slip-notice-by">
              {t('casePrint.deadlineBefore', {
                date: noticeWithReply
                  ? dateOn(t, view, 'deadline', view.deadline)
                  : dateOn(t, view, 'acceptanceNoticeBy', view.acceptanceNoticeBy),
              })}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('casePrint.field.deadline')}</th>
            <td colSpan={3} data-testid="slip-deadline">
              <strong>
                {t('casePrint.deadlineBefore', {
                  date: dateOn(t, view, 'deadline', view.deadline),
                })}
              </strong>
              {deadlineNote(t, view)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('casePrint.field.requirements')}</th>
            <td colSpan={3}>
              <ol className="requirements">
                <li>
                  {noticeWithReply
                    ? t('casePrint.requirementNoticeWithReply', {
                        date: dateOn(t, view, 'deadline', view.deadline),
                      })
                    : t('casePrint.requirementNotice', {
                        date: dateOn(t, view, 'acceptanceNoticeBy', view.acceptanceNoticeBy),
                      })}
                </li>
                <li>
                  {t('casePrint.requirementReply', {
                    date: dateOn(t, view, 'deadline', view.deadline),
                    hall,
                  })}
                </li>
                <li>
                  {t('casePrint.requirementObjection', {
                    date: dateOn(t, view, 'objectionBy', view.objectionBy),
                    hall,
                  })}
                </li>
                {view.nature === 'accusation' && <li>{t('casePrint.requirementAccusation')}</li>}
                <li>{t('casePrint.requirementEnd')}</li>
              </ol>
            </td>
          </tr>
        </tbody>
      </table>
      <div className="closing">
        <Issuer hall={`${hall}${t('casePrint.seal')}`} date={view.issuedOn} />
        <div className="receipt">
          <span>{t('casePrint.receivedBy')}</span>
          <span className="line" />
          <span>{t('casePrint.receivedAt')}</span>
          <span className="date">{t('casePrint.blankDate')}</span>
        </div>
      </div>
    </>
  )
}

function Issuer({ hall, date }: { hall: string; date: string }) {
  const { t } = usePrintLanguage()
  return (
    <div className="issuer">
      <div className="block">
        <div>{hall}</div>
        <div>{longDate(t, date)}</div>
      </div>
    </div>
  )
}

function petitionerInText(t: TFunction, p: PetitionerOnPaper): string {
  if (p.mode === 'withheld') return t('casePrint.accuser')
  const names = p.mode === 'masked' ? p.names : p.persons.map((person) => person.name)
  const who =
    p.headcount > names.length || names.length > 1
      ? t('casePrint.petitionerGroup', { names: names.join('、'), count: p.headcount })
      : (names[0] ?? '')
  return t('casePrint.petitioner', { names: who })
}

function Commitment({ view, archive }: { view: CommitmentView; archive: ArchiveMark | null }) {
  const { t } = usePrintLanguage()
  const accusation = view.petitioner.mode === 'withheld'
  return (
    <>
      <h1>{t('casePrint.commitmentTitle')}</h1>
      <VoidNotice archive={archive} />
      <div className="number">{t('casePrint.number', { caseNo: view.caseNo })}</div>
      <p className="indent">
        {t('casePrint.commitmentIntro', {
          petitioner: petitionerInText(t, view.petitioner),
          date: longDate(t, view.dayDate),
          summary: view.summary,
          leader: leaderName(t, view.receivingLeader),
          department: view.departmentName,
        })}
      </p>
      <div className="items">
        <p>{t('casePrint.commitWhat', { decision: view.decision })}</p>
        <p>
          {view.ownerLeader
            ? t('casePrint.commitWho', { owner: leaderName(t, view.ownerLeader) })
            : t('casePrint.commitWhoNoOwner')}
        </p>
        <p>{t('casePrint.commitWhen', { date: dateOn(t, view, 'deadline', view.deadline) })}</p>
        <p>{t('casePrint.commitReport')}</p>
      </div>
      <div className="closing">
        <div className="signatures" data-testid="signature-lines">
          <SignatureRow label={t('casePrint.signDepartment')} />
          <SignatureRow label={t('casePrint.signLeader')} />
          {!accusation && <SignatureRow label={t('casePrint.signPetitioner')} />}
        </div>
        {accusation && <p className="note">{t('casePrint.accuserNotSigning')}</p>}
        {/* The department promises: its own seal, dated when it signs. */}
        <div className="issuer">
          <div className="block">
            <div>{t('casePrint.commitSeal', { department: view.departmentName })}</div>
            <div>{t('casePrint.blankDate')}</div>
          </div>
        </div>
      </div>
    </>
  )
}

function SignatureRow({ label }: { label: string }) {
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

function Notice({ view, archive }: { view: WrittenNoticeView; archive: ArchiveMark | null }) {
  const { t } = usePrintLanguage()
  const hall = issuerName(t, view)
  const names =
    view.headcount > view.addressees.length
      ? t('casePrint.petitionerGroup', { names: view.addressees.join('、'), count: view.headcount })
      : view.addressees.join('、')
  return (
    <>
      <h1>{t('casePrint.noticeTitle')}</h1>
      <VoidNotice archive={archive} />
      <div className="number">{t('casePrint.number', { caseNo: view.caseNo })}</div>
      <p className="addressee">{t('casePrint.noticeTo', { names })}</p>
      <p className="indent">
        {t('casePrint.noticeBody', {
          date: longDate(t, view.dayDate),
          summary: view.summary,
          decision: view.decision,
        })}
      </p>
      <p className="indent">
        {t('casePrint.noticeChannel', {
          channel: t(`channel.${view.channel}`),
          how: t(`casePrint.channelHow.${view.channel}`),
        })}
        {view.channelNote && t('casePrint.channelNote', { note: view.channelNote })}
      </p>
      <p className="indent">{t('casePrint.noticeThanks')}</p>
      <div className="closing">
        <Issuer hall={`${hall}${t('casePrint.seal')}`} date={view.issuedOn} />
        <div className="receipt">
          <span>{t('casePrint.signReceived')}</span>
          <span className="line" />
          <span>{t('casePrint.signDate')}：</span>
          <span className="date">{t('casePrint.blankDate')}</span>
        </div>
      </div>
    </>
  )
}
