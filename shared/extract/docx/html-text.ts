// mammoth's HTML → the text layout the bulletin parser reads. mammoth gives clean,
// predictable HTML (p, h1–h6, ul/ol/li, table/tr/td, a, br, strong/em…), so a small
// tokenizer is enough; no DOM is needed (shared/ has none).

type Block = { kind: 'paragraph' | 'heading' | 'item' | 'row' | 'empty'; text: string };

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^>]*?)?)\s*(\/?)>|([^<]+)/g;
const HREF = /\bhref="([^"]*)"/;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos|nbsp);/g, (_, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      case 'nbsp':
        return '\u00a0';
      default:
        return String.fromCodePoint(entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    }
  });
}

/** A link keeps its URL in the text (the parser looks for 相关链接 URLs) unless the text already shows it. */
function linkText(text: string, href: string): string {
  if (href === '' || href.startsWith('#')) return text.replace(/↑/g, '');
  const shown = href.replace(/^mailto:/i, '').replace(/\/$/, '');
  if (text.includes(shown) || text.trim() === '') return text.trim() === '' ? href : text;
  return `[${text}](${href})`;
}

function toBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  const links: { href: string; start: number }[] = [];
  let text = '';
  let heading = 0;
  let row: string[] | null = null;
  let cellDepth = 0;

  const appendToCell = (cells: string[], value: string) => {
    const last = cells.length - 1;
    cells[last] = cells[last] ? `${cells[last]} ${value}` : value;
  };

  const endBlock = (kind: Block['kind']) => {
    const value = text.replace(/[ \t\u00a0]+\n/g, '\n').trim();
    text = '';
    // Paragraphs inside a table cell make up the cell, not blocks of their own.
    if (cellDepth > 0 && row) {
      if (value !== '') appendToCell(row, value);
    } else if (value === '') blocks.push({ kind: 'empty', text: '' });
    else if (kind === 'heading') blocks.push({ kind, text: `${'#'.repeat(heading)} ${value}` });
    else blocks.push({ kind, text: value });
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawName, attributes = '', , content] = match;
    if (content !== undefined) {
      text += decodeEntities(content);
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    const open = closing !== '/';
    switch (name) {
      case 'p':
        if (!open) endBlock(lists.length > 0 ? 'item' : 'paragraph');
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (open) heading = Number(name.slice(1));
        else endBlock('heading');
        break;
      case 'ul':
      case 'ol':
        if (open) lists.push({ ordered: name === 'ol', count: 0 });
        else lists.pop();
        break;
      case 'li': {
        const list = lists[lists.length - 1];
        // An item holding a nested list: its own text ends where the nested list starts.
        if (text.trim() !== '') endBlock('item');
        text = '';
        if (open && list) {
          list.count++;
          // mammoth drops Word's numbering labels; a number keeps the list readable.
          text = list.ordered ? `${list.count}. ` : '';
        }
        break;
      }
      case 'tr':
        if (open) row = [];
        else if (row) {
          const cells = row.map((cell) => cell.trim());
          if (cells.some((cell) => cell !== '')) blocks.push({ kind: 'row', text: cells.join('\t') });
          row = null;
        }
        break;
      case 'td':
      case 'th':
        if (open) {
          cellDepth++;
          row?.push('');
        } else {
          if (text.trim() !== '') endBlock('paragraph');
          cellDepth = Math.max(0, cellDepth - 1);
        }
        break;
      case 'br':
        text += '\n';
        break;
      case 'a':
        if (open) links.push({ href: decodeEntities(HREF.exec(attributes)?.[1] ?? ''), start: text.length });
        else {
          const link = links.pop();
          if (link) text = text.slice(0, link.start) + linkText(text.slice(link.start), link.href);
        }
        break;
      default:
        // Inline formatting (strong, em, u, s, sup, sub) and images carry no text of their own.
        break;
    }
  }
  if (text.trim() !== '') endBlock('paragraph');
  return blocks;
}

/**
 * Word authors separate paragraphs either with empty paragraphs or with paragraph
 * spacing. Where the document has its own empty paragraphs they are kept as blank
 * lines and paragraphs follow each other line by line; otherwise a blank line is put
 * between paragraphs, as spacing would show them. Rows of one table and items of one
 * list stay on consecutive lines either way.
 */
export function htmlToText(html: string): string {
  const blocks = toBlocks(html);
  const empties = blocks.filter((block) => block.kind === 'empty').length;
  const ownBlankLines = empties >= blocks.length * 0.2;
  let out = '';
  let previous: Block | null = null;
  for (const block of blocks) {
    if (block.kind === 'empty' && !ownBlankLines) continue;
    if (previous) {
      const sameRun = previous.kind === block.kind && (block.kind === 'row' || block.kind === 'item');
      out += ownBlankLines || sameRun ? '\n' : '\n\n';
    }
    out += block.text;
    previous = block;
  }
  return out.replace(/\n{3,}/g, '\n\n').trim();
}
