import fc from 'fast-check';
import { parseStructure } from '../../src/parse/structure.js';
import { structureProperty } from '../helpers/structure-property.js';

describe('parse/structure', () => {
  it('finds sections and numbered tasks with their units', () => {
    const text = '一、创新驱动\n1.加大平台建设。新增平台11家以上。(责任单位:区科技局、区工信局)\n2.强化人才。(牵头单位:区委组织部;配合单位:区人社局)\n二、扩大内需\n3.建设公路。新建公路10公里。';
    const { sections, tasks } = parseStructure(text);
    expect(sections.map((section) => section.title)).toEqual(['创新驱动', '扩大内需']);
    expect(tasks.map((task) => [task.number, task.section, task.title])).toEqual([[1, '创新驱动', '加大平台建设'], [2, '创新驱动', '强化人才'], [3, '扩大内需', '建设公路']]);
    expect(tasks[0]?.leadUnits).toEqual(['区科技局', '区工信局']);
    expect(tasks[1]).toMatchObject({ leadUnits: ['区委组织部'], participatingUnits: ['区人社局'] });
    expect(text.slice(tasks[0]?.start, tasks[0]?.end)).toBe('加大平台建设。新增平台11家以上。');
  });

  it('takes an item numbered 一、 that states a figure and ends a sentence for a paragraph, not a heading', () => {
    const text = '青山县2023年民生实事项目\n一、新建农村公路五十公里。\n二、完成老旧小区改造12个,惠及居民1200户。\n三、坚持稳中求进。\n四、组织保障';
    expect(parseStructure(text).sections.map((section) => section.title)).toEqual(['坚持稳中求进', '组织保障']);
  });

  it('reads tasks and headings indented by spaces and tabs, bullets included, and no line that opens otherwise', () => {
    const text = '通知正文\n  一、 基础设施\n\t1. 新建基站100个。\n \t2、改造管网5公里。\n• 民生保障\n\t 3.新增学位200个。\n\n（3）不是任务\n第4.项不是任务';
    const { sections, tasks } = parseStructure(text);
    expect(sections.map((section) => section.title)).toEqual(['基础设施', '民生保障']);
    expect(tasks.map((task) => [task.number, task.section, task.text])).toEqual([[1, '基础设施', '新建基站100个。'], [2, '基础设施', '改造管网5公里。'], [3, '民生保障', '新增学位200个。']]);
  });

  it('does not take a decimal or a number out of sequence for a task', () => {
    const { tasks } = parseStructure('1.第一项。\n1.5万亩高标准农田。\n7.不是第二项。\n2.第二项。');
    expect(tasks.map((task) => task.number)).toEqual([1, 2]);
  });

  it('accepts full-width stops and 、 after task numbers, and numbering that restarts per section', () => {
    const { tasks } = parseStructure('一、甲\n1．第一项。\n2、第二项。\n二、乙\n1.又一项。');
    expect(tasks.map((task) => [task.number, task.section])).toEqual([[1, '甲'], [2, '甲'], [1, '乙']]);
  });

  it('joins a task that wraps over several lines until its sentence ends', () => {
    const { tasks } = parseStructure('1.新建5G基站\n100个以上。(责任单位:区工信局)\n2.下一项。');
    expect(tasks[0]?.text).toBe('新建5G基站100个以上。');
    expect(tasks[0]?.leadUnits).toEqual(['区工信局']);
  });

  it('does not swallow a closing paragraph after a blank line into the last task', () => {
    const { tasks } = parseStructure('1.最后一项。\n\n附件:相关材料');
    expect(tasks[0]?.text).toBe('最后一项。');
  });

  it('never throws and keeps task spans inside the text', () => {
    fc.assert(structureProperty(), { seed: 20231, numRuns: 300 });
  });
});
