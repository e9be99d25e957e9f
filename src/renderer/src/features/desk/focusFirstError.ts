/**
 * After a refused save the clerk's cursor goes to the first field in error, in the form's own
 * order, once the errors are rendered (Mantine marks such inputs aria-invalid).
 */
export function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]')
    field?.focus()
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select()
  })
}
