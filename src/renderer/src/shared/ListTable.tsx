import { Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** A list of the hall's records (people, devices): the text saying there are none, else a
 * striped table named `label` with its column headings and a row each. */
export function ListTable<T>({
  label,
  columns,
  empty,
  rows,
  children,
}: {
  label: string
  columns: string[]
  empty: string
  rows: T[]
  children: (row: T) => ReactNode
}) {
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>
  return (
    <Table striped aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column}>{column}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{rows.map(children)}</Table.Tbody>
    </Table>
  )
}
