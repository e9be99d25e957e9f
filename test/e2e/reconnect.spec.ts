import { createServer } from 'node:net'
import { expect, startHub, test, type HubProcess } from './support/hub'
import { hallToday } from './support/dates'

/** A port that was free a moment ago: the hub must come back on the very same one. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

const hubs: HubProcess[] = []
test.afterEach(async () => {
  for (const hub of hubs.splice(0)) await hub.stop()
})

test('the connection badge shows a hub restart and the page recovers without a reload', async ({
  page,
}) => {
  const port = await freePort()
  const token = 'reconnect-test-token'
  const first = await startHub({ port, token })
  hubs.push(first)

  await page.goto(first.at('/desk'))
  const badge = page.getByRole('status').and(page.locator('[data-connection]'))
  await expect(badge).toHaveText('已连接')
  await expect(badge).toHaveAttribute('data-connection', 'connected')
  await expect(page.getByRole('heading', { name: '安排今天的接访日' })).toBeVisible()
  // Survives only if the page is never reloaded.
  await page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 42))

  await first.stop('SIGTERM')
  await expect(badge).toHaveText('正在重新连接…')
  await expect(badge).toHaveAttribute('data-connection', 'reconnecting')

  const second = await startHub({ port, token, dbFile: first.dbFile })
  hubs.push(second)
  await expect(badge).toHaveText('已连接', { timeout: 20_000 })
  await expect(badge).toHaveAttribute('data-connection', 'connected')
  expect(await page.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(42)

  // Calls and pushed changes work again: a day planned elsewhere appears live on this desk.
  await expect(page.getByRole('heading', { name: '安排今天的接访日' })).toBeVisible()
  const today = hallToday()
  const leader = await second.call<{ id: number }>('leader.create', {
    name: '王建国',
    title: '县长',
  })
  await second.call('day.plan', {
    date: today,
    place: '县人民来访接待中心',
    duties: [{ leaderId: leader.id, tableNo: 1, isLead: true }],
  })
  await expect(page.getByRole('heading', { name: '来访登记' })).toBeVisible()
  expect(await page.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(42)
})
