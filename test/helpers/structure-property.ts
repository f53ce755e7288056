import fc from 'fast-check';
import { parseStructure } from '../../src/parse/structure.js';

/** Lines shaped like plan documents (task numbers, headings, unit brackets) mixed with noise. */
const line = fc.oneof(
  fc.string({ maxLength: 40, unit: 'grapheme' }),
  fc.tuple(fc.integer({ min: 0, max: 120 }), fc.constantFrom('.', '．', '、', '. '), fc.string({ maxLength: 30 }), fc.constantFrom('', '。', '(责任单位:区科技局)', '(牵头单位:甲;参与单位:乙'))
    .map(([number, stop, body, end]) => `${number}${stop}${body}${end}`),
  fc.constantFrom('一、总体要求', '- 纵深推进', '', '(责任单位:', '）)((（', '十一、组织实施'),
);

/** The task parser never throws, and every span it returns lies inside the text. */
export function structureProperty() {
  return fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
    const text = lines.join('\n');
    const { tasks, sections, bodyStart } = parseStructure(text);
    for (const task of tasks) {
      if (task.start < 0 || task.end > text.length || task.start > task.end) return false;
      if (!Number.isInteger(task.number)) return false;
    }
    return sections.every((section) => section.start <= text.length) && bodyStart <= text.length;
  });
}
