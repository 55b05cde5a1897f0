import { HAIRLINE, lineHeight, MUTED, type PdfCanvas, type TextStyle } from './pdf-canvas.ts';

export interface TableColumn {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  share: number;
  align: 'left' | 'right';
}

export interface TableCell {
  text: string;
  bold?: boolean;
  /** Smaller grey text under the main text (a line's description, a tax's name). */
  sub?: string | null;
}

const CELL_PADDING = 4;
const ROW_PADDING = 5;
const body: TextStyle = { size: 8.5 };
const sub: TextStyle = { size: 7.5, color: MUTED };

interface LaidOutCell {
  main: string[];
  mainStyle: TextStyle;
  sub: string[];
}

/**
 * Rows flow over pages; the header row is drawn again at the top of every page the table reaches, after
 * whatever `pageTop` draws there. A row is never split across pages.
 */
export function drawTable(
  canvas: PdfCanvas,
  options: { columns: TableColumn[]; rows: TableCell[][]; brand: string; pageTop: () => void },
): void {
  const xs: number[] = [];
  let x = canvas.left;
  for (const column of options.columns) {
    xs.push(x);
    x += column.share * canvas.width;
  }
  const widthOf = (index: number) => (options.columns[index]?.share ?? 0) * canvas.width - CELL_PADDING * 2;
  const headerStyle: TextStyle = { size: 8, bold: true, color: options.brand };
  const headerHeight = lineHeight(headerStyle) + ROW_PADDING * 2;

  const drawHeader = () => {
    options.columns.forEach((column, index) => {
      const left = (xs[index] ?? canvas.left) + CELL_PADDING;
      const style = canvas.fit(column.header, widthOf(index), headerStyle);
      if (column.align === 'right') canvas.textRight(column.header, left + widthOf(index), canvas.y + ROW_PADDING, style);
      else canvas.text(column.header, left, canvas.y + ROW_PADDING, style);
    });
    canvas.y += headerHeight;
    canvas.rule(canvas.y, options.brand, 1);
  };

  const layout = (row: TableCell[]): { cells: LaidOutCell[]; height: number } => {
    const cells = row.map((cell, index): LaidOutCell => {
      const width = widthOf(index);
      const baseStyle: TextStyle = { ...body, bold: cell.bold ?? false };
      const right = options.columns[index]?.align === 'right';
      const mainStyle = right ? canvas.fit(cell.text, width, baseStyle) : baseStyle;
      return {
        main: right ? [cell.text] : canvas.wrap(cell.text, width, baseStyle),
        mainStyle,
        sub: cell.sub ? (right ? [cell.sub] : canvas.wrap(cell.sub, width, sub)) : [],
      };
    });
    // A row never outgrows a page: what would not fit is cut, and the cut is marked.
    const room = canvas.bottom - canvas.top - headerHeight - 60 - ROW_PADDING * 2;
    for (const cell of cells) {
      const mainRoom = Math.max(1, Math.floor(room / lineHeight(body)));
      if (cell.main.length > mainRoom) cell.main = [...cell.main.slice(0, mainRoom - 1), `${cell.main[mainRoom - 1] ?? ''}…`];
      const subRoom = Math.max(0, Math.floor((room - cell.main.length * lineHeight(body)) / lineHeight(sub)));
      if (cell.sub.length > subRoom) cell.sub = subRoom > 0 ? [...cell.sub.slice(0, subRoom - 1), `${cell.sub[subRoom - 1] ?? ''}…`] : [];
    }
    const height = Math.max(...cells.map((cell) => cell.main.length * lineHeight(body) + cell.sub.length * lineHeight(sub))) + ROW_PADDING * 2;
    return { cells, height };
  };

  canvas.ensureSpace(headerHeight + (options.rows[0] ? layout(options.rows[0]).height : 0));
  drawHeader();
  canvas.onNewPage = () => {
    options.pageTop();
    drawHeader();
  };
  for (const row of options.rows) {
    const { cells, height } = layout(row);
    canvas.ensureSpace(height);
    const top = canvas.y + ROW_PADDING;
    cells.forEach((cell, index) => {
      const left = (xs[index] ?? canvas.left) + CELL_PADDING;
      const right = options.columns[index]?.align === 'right';
      let y = top;
      for (const line of cell.main) {
        if (right) canvas.textRight(line, left + widthOf(index), y, cell.mainStyle);
        else canvas.text(line, left, y, cell.mainStyle);
        y += lineHeight(body);
      }
      for (const line of cell.sub) {
        const style = right ? canvas.fit(line, widthOf(index), sub) : sub;
        if (right) canvas.textRight(line, left + widthOf(index), y, style);
        else canvas.text(line, left, y, style);
        y += lineHeight(sub);
      }
    });
    canvas.y += height;
    canvas.rule(canvas.y, HAIRLINE, 0.4);
  }
  canvas.onNewPage = options.pageTop;
  canvas.y += 4;
}
