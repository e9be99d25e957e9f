import { createHashRouter, Navigate } from 'react-router'
import { BoardPage } from '../features/board/BoardPage'
import { CasesPage } from '../features/cases/CasesPage'
import { DeskPage } from '../features/desk/DeskPage'
import { LeaderScreen } from '../features/leader/LeaderScreen'
import { ReportsPage } from '../features/reports/ReportsPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { Shell } from './Shell'

export const router = createHashRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/desk" replace /> },
      { path: 'desk', element: <DeskPage /> },
      { path: 'cases', element: <CasesPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
  // Screens for other displays: no navigation chrome, read from a distance.
  { path: '/leader/:table', element: <LeaderScreen /> },
  { path: '/board', element: <BoardPage /> },
])
