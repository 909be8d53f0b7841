// A tiny iCalendar reader for tests, written from RFC 5545 independently of the writer:
// checks the line ends, unfolds, splits properties into name, parameters and value,
// nests components, and unescapes TEXT values.

export type IcsProperty = { name: string; params: Record<string, string>; value: string };
export type IcsComponent = { type: string; properties: IcsProperty[]; components: IcsComponent[] };

/** Physical lines; throws on a bare LF or CR (every line must end with CRLF). */
export function physicalLines(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  const bare = lines.find((line) => line.includes('\n') || line.includes('\r'));
  if (bare !== undefined) throw new Error(`bare line break in: ${bare}`);
  return lines;
}

/** Content lines: a physical line starting with a space or tab continues the one before. */
export function unfold(text: string): string[] {
  const out: string[] = [];
  for (const line of physicalLines(text)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && out.length > 0) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
}

/** NAME;PARAM=VALUE:value (the first colon outside a quoted parameter ends the name part). */
export function parseProperty(line: string): IcsProperty {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) throw new Error(`no colon in: ${line}`);
  const [name = '', ...params] = line.slice(0, colon).split(';');
  return {
    name: name.toUpperCase(),
    params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
    value: line.slice(colon + 1),
  };
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, escaped: string) => (escaped === 'n' || escaped === 'N' ? '\n' : escaped));
}

/** The top-level component (VCALENDAR) with its properties and nested components. */
export function readIcs(text: string): IcsComponent {
  const stack: IcsComponent[] = [];
  let root: IcsComponent | null = null;
  for (const line of unfold(text)) {
    const property = parseProperty(line);
    if (property.name === 'BEGIN') {
      const component: IcsComponent = { type: property.value, properties: [], components: [] };
      stack.at(-1)?.components.push(component);
      stack.push(component);
      root ??= component;
    } else if (property.name === 'END') {
      const open = stack.pop();
      if (open?.type !== property.value) throw new Error(`END:${property.value} closes ${open?.type ?? 'nothing'}`);
    } else {
      const current = stack.at(-1);
      if (!current) throw new Error(`property outside a component: ${line}`);
      current.properties.push(property);
    }
  }
  if (!root || stack.length > 0) throw new Error('unbalanced BEGIN/END');
  return root;
}

export function prop(component: IcsComponent, name: string): IcsProperty | undefined {
  return component.properties.find((property) => property.name === name);
}

export function text(component: IcsComponent, name: string): string | undefined {
  const found = prop(component, name);
  return found ? unescapeText(found.value) : undefined;
}
