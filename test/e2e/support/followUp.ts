import { expect, type Page } from '@playwright/test'

/**
 * Records the next step `kind` of the case open in the drawer through its 下一步 form (`fill`
 * fills the step's own fields), and waits until the case log shows it.
 */
export async function step(
  page: Page,
  kind: string,
  fill: (form: ReturnType<Page['getByRole']>) => Promise<void> = async () => {},
): Promise<void> {
  const drawer = page.getByRole('dialog')
  const form = drawer.getByRole('form', { name: '下一步' })
  await form.getByRole('textbox', { name: '下一步' }).click()
  await page.getByRole('option', { name: kind, exact: true }).click()
  await fill(form)
  await form.getByRole('button', { name: `记录：${kind}` }).click()
  await expect(drawer.getByTestId('case-log').getByText(kind, { exact: true }).last()).toBeVisible()
}
