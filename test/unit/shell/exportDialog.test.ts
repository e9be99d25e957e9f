import { describe, expect, it } from 'vitest'
import { parseSaveExportRequest, saveDialogOptions } from '../../../src/main/app/exportDialog'

const hub = 'http://127.0.0.1:17300'

describe('the save dialog of exports (desktop app)', () => {
  it('accepts the hub’s own export downloads with a bare file name', () => {
    expect(
      parseSaveExportRequest(
        { url: `${hub}/export/3.xlsx?token=abc`, fileName: '接访日统计-2026-10-21.xlsx' },
        hub,
      ),
    ).toEqual({ url: `${hub}/export/3.xlsx?token=abc`, fileName: '接访日统计-2026-10-21.xlsx' })
    expect(
      parseSaveExportRequest({ url: `${hub}/export/3-detail.csv`, fileName: 'a.csv' }, hub),
    ).toBeDefined()
  })

  it('refuses other hosts, other paths and file names with a path', () => {
    const bad = [
      { url: 'http://evil.example/export/3.xlsx', fileName: 'a.xlsx' },
      { url: `${hub}/trpc/day.get`, fileName: 'a.xlsx' },
      { url: `${hub}/export/3.xlsx`, fileName: '../a.xlsx' },
      { url: `${hub}/export/3.xlsx`, fileName: 'C:\\temp\\a.xlsx' },
      { url: `${hub}/export/3.xlsx`, fileName: 'a.exe' },
      { url: `${hub}/export/3.xlsx`, fileName: 'a\u0000.xlsx' },
      { url: 'not a url', fileName: 'a.xlsx' },
      { url: 3, fileName: 'a.xlsx' },
      null,
    ]
    for (const raw of bad) expect(parseSaveExportRequest(raw, hub)).toBeUndefined()
  })

  it('suggests the documents folder and the file’s type', () => {
    expect(saveDialogOptions('x.xlsx', '/home/desk/Documents')).toMatchObject({
      defaultPath: '/home/desk/Documents/x.xlsx',
      filters: [{ extensions: ['xlsx'] }],
    })
    expect(saveDialogOptions('x.csv', '/d').filters?.[0]?.extensions).toEqual(['csv'])
  })
})
