import { SOURCE_TEXT_BUDGET, evidenceTasks, sourceTextChoice, taskKey } from '../../src/report/index.js';

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
});
