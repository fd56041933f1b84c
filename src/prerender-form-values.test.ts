import { describe, expect, it } from 'vitest';
import { withFormValues } from './prerender-form-values';

const values = {
  intro: { name: 'out"side', lines: ['a', 'b'], version: '8.3', port: 500 },
  flags: { on: true, off: false, methods: ['pap', 'ms-chap-v2'], mode: 'aaa' },
};

describe('withFormValues', () => {
  it.each([
    [
      'a text input',
      '<input type="text" name="intro.name"/>',
      '<input type="text" name="intro.name" value="out&quot;side"/>',
    ],
    [
      'a number kept as text',
      '<input name="intro.port"/>',
      '<input name="intro.port" value="500"/>',
    ],
    [
      'a textarea of a list',
      '<textarea name="intro.lines"></textarea>',
      '<textarea name="intro.lines">a\nb</textarea>',
    ],
    [
      'a ticked checkbox',
      '<input type="checkbox" name="flags.on"/>',
      '<input type="checkbox" name="flags.on" checked=""/>',
    ],
    [
      'an unticked checkbox',
      '<input type="checkbox" name="flags.off"/>',
      '<input type="checkbox" name="flags.off"/>',
    ],
    [
      'a checkbox in a group',
      '<input type="checkbox" name="flags.methods" value="pap"/>',
      '<input type="checkbox" name="flags.methods" value="pap" checked=""/>',
    ],
    [
      'a checkbox not in the group',
      '<input type="checkbox" name="flags.methods" value="chap"/>',
      '<input type="checkbox" name="flags.methods" value="chap"/>',
    ],
    [
      'the chosen radio',
      '<input type="radio" name="flags.mode" value="aaa"/>',
      '<input type="radio" name="flags.mode" value="aaa" checked=""/>',
    ],
    [
      'another radio',
      '<input type="radio" name="flags.mode" value="local"/>',
      '<input type="radio" name="flags.mode" value="local"/>',
    ],
    ['a field without a name', '<input type="text" class="x"/>', '<input type="text" class="x"/>'],
    ['an unknown path', '<input type="text" name="nope.x"/>', '<input type="text" name="nope.x"/>'],
    [
      'a select',
      '<select name="intro.version"><option value="8.4">8.4</option><option value="8.3">8.3</option></select>',
      '<select name="intro.version"><option value="8.4">8.4</option><option value="8.3" selected="">8.3</option></select>',
    ],
  ])('fills %s', (_name, html, want) => {
    expect(withFormValues(html, values)).toBe(want);
  });

  it('escapes markup in values', () => {
    expect(withFormValues('<textarea name="x"></textarea>', { x: '</textarea><b>' })).toBe(
      '<textarea name="x">&lt;/textarea&gt;&lt;b&gt;</textarea>',
    );
  });
});
