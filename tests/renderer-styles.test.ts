// Each feature's CSS styles only its own elements, so the features' styles can load in
// any order: a selector in renderer/features/<x>/*.css names classes that <x>'s own
// components set (or ui/'s components, inside one of <x>'s), and every selector is
// anchored on a class only <x> sets. What several areas share is styled in renderer/ui.
// Read from the files: the class selectors of each CSS file against the class names its
// area's components set in `className` (strings, template literals, `prefix-${…}` for a
// family), and against every string of its sources (a modifier chosen in a variable).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve('renderer');

/** Classes made by libraries, not by our components (docx-preview's rendered pages). */
const FOREIGN_CLASSES = new Set(['docx-wrapper', 'docx']);

type Area = { name: string; css: string[]; sources: string[] };

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** renderer/ui, renderer/app and each renderer/features/<x>, with their CSS and sources. */
function areas(): Area[] {
  const dirs = ['ui', 'app', ...fs.readdirSync(path.join(RENDERER, 'features')).map((name) => `features/${name}`)];
  return dirs.map((name) => {
    const files = filesUnder(path.join(RENDERER, name));
    return { name, css: files.filter((file) => file.endsWith('.css')), sources: files.filter((file) => /\.tsx?$/.test(file)) };
  });
}

/** Words that may be classes, and the prefixes of the families built (`stage-${…}`). */
type ClassUse = { names: Set<string>; prefixes: Set<string> };

const emptyUse = (): ClassUse => ({ names: new Set(), prefixes: new Set() });

/** The end of the expression that starts at `start` (a string, a template or `{…}`). */
function expressionEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === '"' || char === "'") {
      i = source.indexOf(char, i + 1);
      if (depth === 0) return i + 1;
    } else if (char === '`') {
      i = templateEnd(source, i);
      if (depth === 0) return i + 1;
    } else if (char === '{') {
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return source.length;
}

/** The index of the backtick closing the template that opens at `start`. */
function templateEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '`') return i;
    else if (source[i] === '$' && source[i + 1] === '{') i = expressionEnd(source, i + 1) - 1;
  }
  return source.length;
}

/** Words of the string and template literals of an expression; `x-${` makes `x-` a prefix. */
function addLiterals(expression: string, use: ClassUse): void {
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i];
    if (char === '"' || char === "'") {
      // A string ends on its line; a lone quote (an apostrophe in JSX text) is no string.
      const end = expression.indexOf(char, i + 1);
      const line = expression.indexOf('\n', i + 1);
      if (end < 0 || (line >= 0 && line < end)) continue;
      addWords(expression.slice(i + 1, end), use);
      i = end;
    } else if (char === '`') {
      const end = templateEnd(expression, i);
      addTemplate(expression.slice(i + 1, end), use);
      i = end;
    }
  }
}

/** A template's text: its words, its `x-${` prefixes, and the literals inside its `${…}`. */
function addTemplate(template: string, use: ClassUse): void {
  let text = '';
  for (let i = 0; i < template.length; i++) {
    if (template[i] === '$' && template[i + 1] === '{') {
      const end = expressionEnd(template, i + 1);
      const family = /([\w-]+-)$/.exec(text);
      if (family) use.prefixes.add(family[1]!);
      addLiterals(template.slice(i + 2, end - 1), use);
      text += ' ';
      i = end - 1;
    } else {
      text += template[i];
    }
  }
  addWords(text, use);
}

function addWords(text: string, use: ClassUse): void {
  for (const word of text.matchAll(/[\w-]+/g)) use.names.add(word[0]);
}

/** What the area's components set in className: the classes that can anchor a selector. */
function classNames(area: Area): ClassUse {
  const use = emptyUse();
  for (const file of area.sources) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/className\s*[=:]\s*/g)) {
      const start = match.index + match[0].length;
      addLiterals(source.slice(start, expressionEnd(source, start)), use);
    }
  }
  return use;
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"\\])\/\/.*$/gm, '$1');

/** Every word of the area's strings: what a class chosen in a variable may be. */
function literals(area: Area): ClassUse {
  const use = emptyUse();
  for (const file of area.sources) addLiterals(withoutComments(fs.readFileSync(file, 'utf8')), use);
  return use;
}

const sets = (use: ClassUse, name: string) => use.names.has(name) || [...use.prefixes].some((prefix) => name.startsWith(prefix) && name.length > prefix.length);

/** The selectors of a stylesheet, one per comma-separated part; keyframes left out. */
function selectorsOf(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors: string[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let close = open + 1;
    for (; close < text.length && depth > 0; close++) {
      if (text[close] === '{') depth++;
      else if (text[close] === '}') depth--;
    }
    if (!prelude.startsWith('@')) selectors.push(...prelude.split(',').map((part) => part.trim()));
    i = close;
  }
  return selectors;
}

const classesOf = (selector: string) => [...selector.replace(/\[[^\]]*\]/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!);

const all = areas();
const anchors = new Map(all.map((area) => [area.name, classNames(area)]));
const strings = new Map(all.map((area) => [area.name, literals(area)]));
const ui = strings.get('ui')!;
const styled = all.filter((area) => area.name !== 'ui' && area.css.length > 0);

describe('renderer styles', () => {
  it('reads what it checks: every feature has a stylesheet, every area sets classes', () => {
    expect(styled.map((area) => area.name)).toEqual(expect.arrayContaining(['app', 'features/briefings', 'features/clients', 'features/library', 'features/search']));
    for (const area of all) expect(anchors.get(area.name)!.names.size, area.name).toBeGreaterThan(0);
  });

  it("styles in a feature's (or the app's) CSS only classes its components or ui's set", () => {
    const unknown: Record<string, string[]> = {};
    for (const area of styled) {
      const own = strings.get(area.name)!;
      for (const file of area.css) {
        const names = selectorsOf(fs.readFileSync(file, 'utf8'))
          .flatMap(classesOf)
          .filter((name) => !FOREIGN_CLASSES.has(name) && !sets(own, name) && !sets(ui, name));
        if (names.length > 0) unknown[path.relative(RENDERER, file)] = [...new Set(names)];
      }
    }
    expect(unknown).toEqual({});
  });

  it('anchors every selector there on a class only that area sets', () => {
    const loose: Record<string, string[]> = {};
    for (const area of styled) {
      const own = anchors.get(area.name)!;
      const others = all.filter((other) => other.name !== area.name).map((other) => anchors.get(other.name)!);
      const isOwn = (name: string) => FOREIGN_CLASSES.has(name) || (sets(own, name) && !others.some((other) => other.names.has(name)));
      for (const file of area.css) {
        const selectors = selectorsOf(fs.readFileSync(file, 'utf8')).filter((selector) => !classesOf(selector).some(isOwn));
        if (selectors.length > 0) loose[path.relative(RENDERER, file)] = selectors;
      }
    }
    expect(loose).toEqual({});
  });

  it('keeps in ui/ only styles of what ui sets or several areas share', () => {
    const others = all.filter((area) => area.name !== 'ui').map((area) => anchors.get(area.name)!);
    const shared = (name: string) => sets(ui, name) || others.filter((use) => sets(use, name)).length >= 2;
    const area = all.find((candidate) => candidate.name === 'ui')!;
    const single: Record<string, string[]> = {};
    for (const file of area.css) {
      const selectors = selectorsOf(fs.readFileSync(file, 'utf8')).filter((selector) => classesOf(selector).length > 0 && !classesOf(selector).some(shared));
      if (selectors.length > 0) single[path.relative(RENDERER, file)] = selectors;
    }
    expect(single).toEqual({});
  });
});
