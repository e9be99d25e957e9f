import { expect, test } from './support/hub'

// In the desktop app the board says which display platform and speech switch are in effect
// (src/main/app/linuxPlatform.ts → preload → window.receptionDay.shell); a LAN browser has no
// desktop app behind it and says nothing of the kind.
for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
])
  test(`the board shows the Linux platform in effect at ${viewport.width}×${viewport.height}`, async ({
    hub,
    page,
  }) => {
    await page.setViewportSize(viewport)
    await page.addInitScript(
      ({ url, token }) => {
        Object.defineProperty(globalThis, 'receptionDay', {
          value: {
            hub: { url, token },
            platform: 'electron',
            shell: { display: 'x11', speech: 'speech-dispatcher' },
          },
        })
      },
      { url: `http://127.0.0.1:${hub.port}`, token: hub.token },
    )
    await page.goto(`http://127.0.0.1:${hub.port}/#/board`)
    const note = page.getByText('桌面程序：X11 显示 · 语音 speech-dispatcher')
    await expect(note).toBeVisible()
    const box = await note.boundingBox()
    expect(box && box.y + box.height).toBeLessThanOrEqual(viewport.height)
    await page.screenshot({
      path: test.info().outputPath(`board-${viewport.width}.png`),
    })
  })

test('a LAN browser’s board says nothing of a desktop platform', async ({ hub, page }) => {
  await page.goto(hub.at('/board'))
  await expect(page.getByRole('status').filter({ hasText: '已连接' })).toBeVisible()
  await expect(page.getByText('桌面程序')).toHaveCount(0)
})
