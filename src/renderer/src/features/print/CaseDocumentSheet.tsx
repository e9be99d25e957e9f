import type { TFunction } from 'i18next'
import type {
  AcceptanceNoticeView,
  CaseDocumentSnapshot,
  CommitmentView,
  ExtensionNoticeView,
  HandlingOpinionView,
  OnSpotRecordView,
  ReminderSlipView,
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
      {snapshot.kind === 'acceptance_notice' && (
        <AcceptanceNotice view={snapshot} archive={archive} />
      )}
      {snapshot.kind === 'extension_notice' && (
        <ExtensionNotice view={snapshot} archive={archive} />
      )}
      {snapshot.kind === 'handling_opinion' && (
        <HandlingOpinion view={snapshot} archive={archive} />
      )}
      {snapshot.kind === 'reminder_slip' && <ReminderSlip view={snapshot} archive={archive} />}
      {snapshot.kind === 'on_spot_record' && <OnSpotRecord view={snapshot} archive={archive} />}
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

// ── the follow-up papers (issue 14), each from one step of the case's log ───────────────────

type PaperProps<V> = { view: V; archive: ArchiveMark | null }

function addresseeLine(t: TFunction, view: { addressees: string[]; headcount: number }) {
  const names =
    view.headcount > view.addressees.length
      ? t('casePrint.petitionerGroup', { names: view.addressees.join('、'), count: view.headcount })
      : view.addressees.join('、')
  return t('followUpPaper.to', { names })
}

/** Title, void notice and number: the top of every follow-up paper. */
function PaperTop({
  kind,
  caseNo,
  archive,
}: { kind: string; caseNo: string } & {
  archive: ArchiveMark | null
}) {
  const { t } = usePrintLanguage()
  return (
    <>
      <h1>{t(`followUpPaper.title.${kind}`)}</h1>
      <VoidNotice archive={archive} />
      <div className="number">{t('casePrint.number', { caseNo })}</div>
    </>
  )
}

/** The petitioner's receipt line under a paper handed to them. */
function PetitionerReceipt() {
  const { t } = usePrintLanguage()
  return (
    <div className="receipt">
      <span>{t('casePrint.signReceived')}</span>
      <span className="line" />
      <span>{t('casePrint.signDate')}：</span>
      <span className="date">{t('casePrint.blankDate')}</span>
    </div>
  )
}

function AcceptanceNotice({ view, archive }: PaperProps<AcceptanceNoticeView>) {
  const { t } = usePrintLanguage()
  const hall = issuerName(t, view)
  const body = { date: longDate(t, view.dayDate), summary: view.summary }
  return (
    <>
      <PaperTop kind={view.kind} caseNo={view.caseNo} archive={archive} />
      <p className="addressee">{addresseeLine(t, view)}</p>
      <p className="indent">
        {view.departmentName
          ? t('followUpPaper.acceptanceBody', {
              ...body,
              acceptedOn: longDate(t, view.acceptedOn),
              department: view.departmentName,
            })
          : t('followUpPaper.acceptanceBodyNoDepartment', {
              ...body,
              acceptedOn: longDate(t, view.acceptedOn),
            })}
      </p>
      {view.deadline && (
        <p className="indent" data-testid="paper-deadline">
          {t('followUpPaper.acceptanceDeadline', {
            date: dateOn(t, view, 'deadline', view.deadline),
          })}
        </p>
      )}
      <p className="indent">{t('followUpPaper.acceptanceQuery')}</p>
      <p className="indent">{t('followUpPaper.noticeEnd')}</p>
      <div className="closing">
        <Issuer hall={`${hall}${t('casePrint.seal')}`} date={view.stepOn} />
        <PetitionerReceipt />
      </div>
    </>
  )
}

function ExtensionNotice({ view, archive }: PaperProps<ExtensionNoticeView>) {
  const { t } = usePrintLanguage()
  const hall = issuerName(t, view)
  return (
    <>
      <PaperTop kind={view.kind} caseNo={view.caseNo} archive={archive} />
      <p className="addressee">{addresseeLine(t, view)}</p>
      <p className="indent" data-testid="paper-deadline">
        {t('followUpPaper.extensionBody', {
          date: longDate(t, view.dayDate),
          summary: view.summary,
          previous: dateOn(t, view, 'previousDeadline', view.previousDeadline),
          reason: view.reason,
          approvedBy: view.approvedBy,
          days: view.days,
          deadline: dateOn(t, view, 'deadline', view.deadline),
        })}
      </p>
      {view.departmentName && (
        <p className="indent">
          {t('followUpPaper.extensionDepartment', { department: view.departmentName })}
        </p>
      )}
      <p className="indent">{t('followUpPaper.noticeEnd')}</p>
      <div className="closing">
        <Issuer hall={`${hall}${t('casePrint.seal')}`} date={view.stepOn} />
        <PetitionerReceipt />
      </div>
    </>
  )
}

function HandlingOpinion({ view, archive }: PaperProps<HandlingOpinionView>) {
  const { t } = usePrintLanguage()
  const hall = issuerName(t, view)
  const body = { date: longDate(t, view.dayDate), summary: view.summary }
  return (
    <>
      <PaperTop kind={view.kind} caseNo={view.caseNo} archive={archive} />
      <p className="addressee">{addresseeLine(t, view)}</p>
      <p className="indent">
        {view.departmentName
          ? t('followUpPaper.opinionBody', { ...body, department: view.departmentName })
          : t('followUpPaper.opinionBodyNoDepartment', body)}
      </p>
      <p className="indent opinion" style={{ whiteSpace: 'pre-wrap' }}>
        {view.content}
      </p>
      <p className="indent">
        {t('followUpPaper.opinionReview', { date: longDate(t, view.reviewBy) })}
      </p>
      <p className="indent">
        {t('followUpPaper.opinionDelivery', {
          delivery: t(`followUpPaper.delivery.${view.delivery}`),
          date: longDate(t, view.stepOn),
        })}
      </p>
      <div className="closing">
        <Issuer hall={`${hall}${t('casePrint.seal')}`} date={view.stepOn} />
        <PetitionerReceipt />
      </div>
    </>
  )
}

function ReminderSlip({ view, archive }: PaperProps<ReminderSlipView>) {
  const { t } = usePrintLanguage()
  const hall = issuerName(t, view)
  const petitioner = petitionerText(t, view.petitioner)
  return (
    <>
      <PaperTop kind={view.kind} caseNo={view.caseNo} archive={archive} />
      <p className="addressee">
        {t('followUpPaper.reminderTo', {
          department: view.departmentName ?? t('followUpPaper.field.none'),
        })}
      </p>
      <p className="indent">
        {t('followUpPaper.reminderBody', { date: longDate(t, view.dayDate), hall })}
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
            <th scope="row">{t('followUpPaper.field.petitioner')}</th>
            <td colSpan={3}>
              {petitioner.map((line, i) => (
                <div key={i}>{line}</div>
              ))}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('followUpPaper.field.summary')}</th>
            <td colSpan={3} className="wide">
              {view.summary}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('followUpPaper.field.acceptedOn')}</th>
            <td>{longDate(t, view.acceptedOn)}</td>
            <th scope="row">{t('casePrint.field.ownerLeader')}</th>
            <td>{leaderName(t, view.ownerLeader)}</td>
          </tr>
          <tr>
            <th scope="row">{t('followUpPaper.field.notice')}</th>
            <td>
              {view.noticeOn
                ? t('followUpPaper.field.noticeGiven', { date: longDate(t, view.noticeOn) })
                : t('followUpPaper.field.noticeNotGiven')}
            </td>
            <th scope="row">{t('followUpPaper.field.deadline')}</th>
            <td data-testid="paper-deadline">
              {view.deadline
                ? t('casePrint.deadlineBefore', {
                    date: dateOn(t, view, 'deadline', view.deadline),
                  })
                : t('followUpPaper.field.none')}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('followUpPaper.field.reminder')}</th>
            <td colSpan={3} className="wide">
              {view.note}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="indent">{t('followUpPaper.reminderReply', { hall })}</p>
      <div className="closing">
        <Issuer hall={`${hall}${t('casePrint.seal')}`} date={view.stepOn} />
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

function OnSpotRecord({ view, archive }: PaperProps<OnSpotRecordView>) {
  const { t } = usePrintLanguage()
  const hall = issuerName(t, view)
  return (
    <>
      <PaperTop kind={view.kind} caseNo={view.caseNo} archive={archive} />
      <p className="indent">
        {t('followUpPaper.onSpotIntro', {
          date: longDate(t, view.dayDate),
          leader: leaderName(t, view.receivingLeader),
        })}
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
            <th scope="row">{t('followUpPaper.field.petitioner')}</th>
            <td>{view.addressees.join('、')}</td>
            <th scope="row">{t('followUpPaper.field.headcount')}</th>
            <td>{t('casePrint.persons', { count: view.headcount })}</td>
          </tr>
          <tr>
            <th scope="row">{t('followUpPaper.field.summary')}</th>
            <td colSpan={3} className="wide">
              {view.summary}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('followUpPaper.field.decided')}</th>
            <td colSpan={3} className="wide">
              {view.decided}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('followUpPaper.field.present')}</th>
            <td colSpan={3} className="wide">
              {view.present}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('followUpPaper.field.recordedOn')}</th>
            <td colSpan={3}>{longDate(t, view.stepOn)}</td>
          </tr>
        </tbody>
      </table>
      <p className="indent">{t('followUpPaper.onSpotEnd')}</p>
      <div className="closing">
        <div className="signatures">
          <SignatureRow label={t('followUpPaper.signLeader')} />
          <SignatureRow label={t('followUpPaper.signPetitioner')} />
          <SignatureRow label={t('followUpPaper.signRecorder')} />
        </div>
        <Issuer hall={`${hall}${t('casePrint.seal')}`} date={view.stepOn} />
      </div>
    </>
  )
}
