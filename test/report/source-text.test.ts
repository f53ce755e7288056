import { SOURCE_TEXT_BUDGET, evidenceRows, evidenceTasks, sourceTextChoice, taskKey } from '../../src/report/index.js';

describe('report/source-text', () => {
  it('keeps the whole text under auto while the documents\' text is within the budget, and the evidence above it', () => {
    const documents = [{ text_bytes: 12 }, { text_bytes: 8 }];
    expect(sourceTextChoice('auto', documents, 20)).toEqual({ mode: 'whole', setting: 'auto', textBytes: 20, budget: 20 });
    expect(sourceTextChoice('auto', documents, 19).mode).toBe('evidence');
  });

  it('does what it is asked whatever the size', () => {
    expect(sourceTextChoice('whole', [{ text_bytes: SOURCE_TEXT_BUDGET + 1 }]).mode).toBe('whole');
    expect(sourceTextChoice('evidence', [{ text_bytes: 1 }]).mode).toBe('evidence');
  });

  it('counts a document without the size column as no text', () => {
    expect(sourceTextChoice('auto', [{}, { text_bytes: null }, { text_bytes: 5 }], 4).textBytes).toBe(5);
  });

  it('refuses a setting it does not know, naming it', () => {
    expect(() => sourceTextChoice('some', [])).toThrow('invalid source-text: some');
  });

  it('shows the tasks that give an observation, each once, and no task for a paragraph outside the tasks', () => {
    const shown = evidenceTasks([{ doc_id: 'a', task: 3 }, { doc_id: 'a', task: 3 }, { doc_id: 'b', task: 1 }, { doc_id: 'a', task: null }]);
    expect([...shown].sort()).toEqual([taskKey('a', 3), taskKey('b', 1)]);
  });

  it('keeps the rows of the tasks giving an observation and their quantities, and counts them per document', () => {
    const tasks = [{ doc_id: 'a', task: 1 }, { doc_id: 'a', task: 2 }, { doc_id: 'b', task: 1 }];
    const quantities = [{ doc_id: 'a', task: 1, raw: '5个' }, { doc_id: 'a', task: 2, raw: '6个' }, { doc_id: 'a', task: 2, raw: '7个' }, { doc_id: 'a', task: null, raw: '8个' }, { doc_id: 'b', task: 1, raw: '9个' }];
    // document a: an observation in task 2 only; document b: none
    const kept = evidenceRows(tasks, quantities, [{ doc_id: 'a', task: 2 }]);
    expect(kept.tasks).toEqual([{ doc_id: 'a', task: 2 }]);
    expect(kept.quantities.map((row) => row.raw)).toEqual(['6个', '7个']);
    expect(kept.shown.get('a')).toEqual({ tasks: 1, quantities: 2 });
    expect(kept.shown.has('b')).toBe(false);
  });

  it('keeps the quantities outside the numbered tasks of a document that gives an observation outside them', () => {
    const quantities = [{ doc_id: 'n', task: null, raw: '3家' }, { doc_id: 'n', task: '', raw: '4家' }, { doc_id: 'm', task: null, raw: '5家' }];
    const kept = evidenceRows([], quantities, [{ doc_id: 'n', task: null }, { doc_id: 'm', task: 1 }]);
    expect(kept.quantities.map((row) => row.raw)).toEqual(['3家', '4家']);
    expect(kept.shown.get('n')).toEqual({ tasks: 0, quantities: 2 });
  });
});
