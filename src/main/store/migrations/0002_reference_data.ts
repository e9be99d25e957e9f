import { sql, type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * The subject categories (内容分类) every hall starts with; the clerk may rename or
 * deactivate them later. The three types by nature (建议意见类, 检举控告类, 申诉求决类)
 * are statute (信访工作条例 arts. 29–31), a fixed enum in code, not rows here.
 */
export const SEED_CATEGORIES = [
  '城乡建设',
  '国土资源',
  '劳动社保',
  '农村农业',
  '教育',
  '卫生健康',
  '民政',
  '生态环境',
  '交通运输',
  '市场监管',
  '政法',
  '纪检监察',
  '其他',
] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [index, name] of SEED_CATEGORIES.entries())
    await sql`insert into category (name, sort, active) values (${name}, ${(index + 1) * 10}, 1)
      on conflict (name) do nothing`.execute(db)

  // A township that left the division data (or a county served before) but that batches,
  // cases or persons refer to stays as a row, no longer offered: active = 0.
  await db.schema
    .alterTable('township')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  // The settings page and the desk list the townships of the hall's county.
  await db.schema
    .createIndex('township_county_idx')
    .on('township')
    .columns(['county_code', 'sort'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('township_county_idx').execute()
  await db.schema.alterTable('township').dropColumn('active').execute()
}
