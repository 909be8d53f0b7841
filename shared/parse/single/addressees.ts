// The 主送机关 a salutation line names (`各区经信主管部门，各有关单位：`), one entry per
// addressee: split at ，and ；outside brackets (、 joins one addressee's levels).

export function addresseesOf(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text.replace(/[:：∶]$/, '')) {
    if ('（(《'.includes(ch)) depth++;
    else if ('）)》'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '，,；;'.includes(ch)) {
      names.push(current.trim());
      current = '';
    } else current += ch;
  }
  names.push(current.trim());
  return names.filter((name) => name !== '');
}
