import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessages } from '../errors.tsx';
import type { CursorList } from '../query/useCursorList.ts';
import { Button } from './Button.tsx';
import { ErrorState, Spinner } from './Feedback.tsx';
import { cx } from './cx.ts';

export interface Column<Row> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column's name on each card when rows stack on a phone (defaults to the header when it is text). */
  label?: string;
  /** This cell names the row (a `<th scope="row">`), e.g. the number or the name. */
  rowHeader?: boolean;
  /** Class of the header and of every cell of the column: alignment (`p-num`), hiding on narrow screens. */
  className?: string;
}

export interface RowSelection<Row> {
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  /** Accessible names of the checkboxes: the header one (every loaded row) and each row's. */
  allLabel: string;
  rowLabel: (row: Row) => string;
}

export interface LoadMoreLabels {
  /** "25 shown": announced politely as rows arrive. */
  shown: (count: number) => string;
  loadMore: string;
}

export interface DataTableProps<Row> {
  /** The table's name (visually hidden caption). */
  caption: ReactNode;
  columns: Column<Row>[];
  /** The rows, or `list` (useCursorList) for a paged list with its states and "load more". */
  rows?: Row[];
  list?: CursorList<Row>;
  rowKey?: (row: Row) => string;
  /** Without `list`: the states of the rows' query. */
  status?: 'pending' | 'error' | 'success';
  error?: unknown;
  onRetry?: () => void;
  /** What shows when there are no rows. */
  empty: ReactNode;
  /** Title of the error state. */
  errorTitle: ReactNode;
  /** Defaults to the app's `common.loading`. */
  loadingLabel?: string;
  /** With `list`: the footer's texts. */
  loadMoreLabels?: LoadMoreLabels;
  /** A checkbox column to select rows (by key). */
  selection?: RowSelection<Row>;
  /** On a phone each row becomes a card whose cells show their column's name. */
  stacked?: boolean;
  className?: string;
}

function defaultKey(row: unknown): string {
  return (row as { id: string }).id;
}

/**
 * A table of rows with its loading, error and empty states and, for a paged list, "load more". On a
 * phone, `stacked` turns rows into cards; columns can also hide there by their class.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { t } = useTranslation();
  const messages = useErrorMessages();
  const { caption, columns, list, selection, stacked = false, rowKey = defaultKey } = props;
  const rows = list ? list.rows : (props.rows ?? []);
  const status = list ? list.status : (props.status ?? 'success');
  const error = list ? list.error : props.error;
  const retry = list ? list.refetch : props.onRetry;

  if (status === 'pending') return <Spinner label={props.loadingLabel ?? t('common.loading')} />;
  if (status === 'error' && rows.length === 0) {
    return <ErrorState title={props.errorTitle} message={messages.message(error)} retryLabel={t('common.retry')} onRetry={retry} />;
  }
  if (rows.length === 0) return <>{props.empty}</>;

  const labelOf = (column: Column<Row>) => column.label ?? (typeof column.header === 'string' ? column.header : undefined);
  const allSelected = selection ? rows.every((row) => selection.selected.has(rowKey(row))) : false;
  const selectAll = (on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    for (const row of rows) {
      if (on) next.add(rowKey(row));
      else next.delete(rowKey(row));
    }
    selection.onChange(next);
  };
  const selectOne = (row: Row, on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (on) next.add(rowKey(row));
    else next.delete(rowKey(row));
    selection.onChange(next);
  };

  return (
    <>
      <div className={cx('ui-table-wrap', stacked && 'ui-stack-table')}>
        <table className={cx('ui-table', props.className)}>
          <caption className="ui-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {selection ? (
                <th scope="col" className="ui-col-check">
                  <input type="checkbox" aria-label={selection.allLabel} checked={allSelected} onChange={(event) => selectAll(event.target.checked)} />
                </th>
              ) : null}
              {columns.map((column) => (
                <th key={column.id} scope="col" className={column.className}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const key = rowKey(row);
              return (
                <tr key={key}>
                  {selection ? (
                    <td className="ui-col-check">
                      <input type="checkbox" aria-label={selection.rowLabel(row)} checked={selection.selected.has(key)} onChange={(event) => selectOne(row, event.target.checked)} />
                    </td>
                  ) : null}
                  {columns.map((column) => {
                    const Cell = column.rowHeader ? 'th' : 'td';
                    const content = column.cell(row);
                    const blank = content === null || content === undefined || content === false || content === '';
                    return (
                      <Cell key={column.id} scope={column.rowHeader ? 'row' : undefined} className={column.className} data-label={stacked ? labelOf(column) : undefined}>
                        {stacked && !blank ? <span className="ui-cell">{content}</span> : content}
                      </Cell>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {list && props.loadMoreLabels ? <ListFooter list={list} labels={props.loadMoreLabels} /> : null}
    </>
  );
}

/** How many rows are shown, why more could not be loaded, and "load more" while the server has more. */
export function ListFooter<Row>({ list, labels }: { list: CursorList<Row>; labels: LoadMoreLabels }) {
  const messages = useErrorMessages();
  return (
    <div className="ui-list-footer">
      <p className="ui-muted ui-small" role="status">
        {labels.shown(list.rows.length)}
      </p>
      {list.moreError ? <p className="ui-field__error">{messages.message(list.moreError)}</p> : null}
      {list.hasMore ? (
        <Button onClick={list.loadMore} busy={list.loadingMore}>
          {labels.loadMore}
        </Button>
      ) : null}
    </div>
  );
}
