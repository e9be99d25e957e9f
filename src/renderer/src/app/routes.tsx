import { createHashRouter, Navigate } from 'react-router'
import { BoardPage } from '../features/board/BoardPage'
import { CasesPage } from '../features/cases/CasesPage'
import { DeskPage } from '../features/desk/DeskPage'
import { FollowUpPage } from '../features/followUp/FollowUpPage'
import { RatesPage } from '../features/followUp/RatesPage'
import { KioskPage } from '../features/kiosk/KioskPage'
import { LeaderScreen } from '../features/leader/LeaderScreen'
import { PlanDayPage } from '../features/plan/PlanDayPage'
import { PlanPage } from '../features/plan/PlanPage'
import { AnnouncementPage } from '../features/print/AnnouncementPage'
import {
  ArchivedDocumentPage,
  CaseDocumentPage,
  FollowUpPaperPage,
} from '../features/print/CaseDocumentPage'
import { DayReportPage } from '../features/print/DayReportPage'
import { RatesReportPage } from '../features/print/RatesReportPage'
import { ReceiptPage } from '../features/print/ReceiptPage'
import { ReportsPage } from '../features/reports/ReportsPage'
import { CityPage } from '../features/city/CityPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { PairPage } from '../features/devices/PairPage'
import { Shell } from './Shell'

export const router = createHashRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/desk" replace /> },
      { path: 'desk', element: <DeskPage /> },
      { path: 'plan', element: <PlanPage /> },
      { path: 'plan/:date', element: <PlanDayPage /> },
      { path: 'cases', element: <CasesPage /> },
      { path: 'followup', element: <FollowUpPage /> },
      { path: 'rates', element: <RatesPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'city', element: <CityPage /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
  // Screens for other displays: no navigation chrome, read from a distance.
  { path: '/leader/:table', element: <LeaderScreen /> },
  { path: '/board', element: <BoardPage /> },
  // The hall's self-service page (查询评价): the query code only, no way to another screen.
  { path: '/kiosk', element: <KioskPage /> },
  // A device already paired may be paired again (another role): the same page.
  { path: '/pair/:code?', element: <PairPage /> },
  // Print templates: the sheet only, printed by the browser or rendered to PDF.
  { path: '/print/receipt/:batchId', element: <ReceiptPage /> },
  { path: '/print/announcement/:dayId', element: <AnnouncementPage /> },
  { path: '/print/report/:dayId', element: <DayReportPage /> },
  { path: '/print/case/:caseId/:kind', element: <CaseDocumentPage /> },
  { path: '/print/document/:documentId', element: <ArchivedDocumentPage /> },
  { path: '/print/paper/:caseId/:entryId', element: <FollowUpPaperPage /> },
  { path: '/print/rates/:month', element: <RatesReportPage /> },
])
