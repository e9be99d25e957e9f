import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Page } from '@playwright/test'

/** The two screens the hall's PCs have (zh-CN screenshots are taken at both). */
export const HALL_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
]

/** A screenshot at each viewport, to `${path}-${width}.png`. */
export async function shoot(
  page: Page,
  path: string,
  viewports: { width: number; height: number }[] = HALL_SIZES,
): Promise<void> {
  mkdirSync(dirname(path), { recursive: true })
  for (const viewport of viewports) {
    await page.setViewportSize(viewport)
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${path}-${viewport.width}.png` })
  }
}
