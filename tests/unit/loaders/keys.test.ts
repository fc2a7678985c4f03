import * as keys from '../../../loaders/keys';

describe('document keys', () => {
  it('uses the number, spaces removed', () => {
    expect(keys.documentKey('银政办发〔2022〕 24号', 'whatever')).toBe('银政办发〔2022〕24号');
  });
  it('falls back to the title without spaces and punctuation', () => {
    expect(keys.documentKey(null, '关于印发《银川市 实施方案》的通知。')).toBe('title:关于印发银川市实施方案的通知');
  });
  it('is null when there is neither number nor title', () => {
    expect(keys.documentKey(null, ' 《》 ')).toBeNull();
    expect(keys.documentKey('', null)).toBeNull();
  });
});

describe('jurisdiction of an organization name', () => {
  it.each([
    ['银川市发展和改革委员会', '银川市'],
    ['银川市西夏区人民政府', '银川市西夏区'],
    ['中共银川市委办公室', '银川市'],
    ['贺兰县医疗保障局', '贺兰县'],
    ['宁夏回族自治区人民政府', '宁夏回族自治区'],
    ['银川市市场监督管理局', '银川市'],
    ['银川市城市管理局', '银川市'],
  ])('%s → %s', (name, j) => expect(keys.jurisdictionOfName(name)).toBe(j));

  it('is null for group references', () => {
    expect(keys.jurisdictionOfName('各园区')).toBeNull();
  });
});

describe('composite keys', () => {
  it('join their parts with |', () => {
    expect(keys.personKey('银川市', '张三')).toBe('银川市|张三');
    expect(keys.postKey('银川市教育局', '银川市', '副局长')).toBe('银川市教育局|副局长');
    expect(keys.postKey(null, '银川市', '副市长')).toBe('银川市|副市长');
    expect(keys.taskKey('a.txt', 'X号', 3)).toBe('a.txt|X号|3');
    expect(keys.gazetteKey('银川市人民政府公报', 2022, 4)).toBe('银川市人民政府公报|2022|4');
  });
});

describe('schema statement names', () => {
  const { schemaName } = jest.requireActual('../../../loaders/migrate') as typeof import('../../../loaders/migrate');
  it('reads the name every schema statement creates', () => {
    const { statements } = jest.requireActual('../../../src/graph/cypher') as typeof import('../../../src/graph/cypher');
    const names = [...statements('constraints'), ...statements('indexes')].map(schemaName);
    expect(names).not.toContain(null);
    expect(names).toEqual(expect.arrayContaining(['documentText', 'taskText', 'programmeName', 'document_key', 'alias_mention']));
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads what every schema statement defines, as SHOW INDEXES describes it', () => {
    const { schemaDefinition } = jest.requireActual('../../../loaders/migrate') as typeof import('../../../loaders/migrate');
    const { statements } = jest.requireActual('../../../src/graph/cypher') as typeof import('../../../src/graph/cypher');
    const all = [...statements('constraints'), ...statements('indexes')];
    expect(all.map(schemaDefinition)).not.toContain(null);
    const byName = Object.fromEntries(all.map((s) => { const d = schemaDefinition(s)!; return [d.name, d]; }));
    expect(byName.document_key).toEqual({ name: 'document_key', constraint: true, type: 'RANGE', labelsOrTypes: ['Document'], properties: ['key'] });
    expect(byName.documentText).toEqual({ name: 'documentText', constraint: false, type: 'FULLTEXT', labelsOrTypes: ['Document'], properties: ['title', 'body'] });
    expect(byName.task_order).toMatchObject({ type: 'RANGE', labelsOrTypes: ['Task'], properties: ['source', 'document', 'ordinal'] });
    expect(byName.signed_source).toMatchObject({ constraint: false, labelsOrTypes: ['SIGNED'], properties: ['source'] });
  });

  it('tells a changed definition from the same one', () => {
    const { schemaDefinition, sameDefinition } = jest.requireActual('../../../loaders/migrate') as typeof import('../../../loaders/migrate');
    const wanted = schemaDefinition('CREATE INDEX post_title IF NOT EXISTS FOR (n:Post) ON (n.title)')!;
    expect(sameDefinition({ ...wanted }, wanted)).toBe(true);
    expect(sameDefinition({ ...wanted, properties: ['organization'] }, wanted)).toBe(false);
    expect(sameDefinition({ ...wanted, type: 'TEXT' }, wanted)).toBe(false);
    expect(sameDefinition({ ...wanted, labelsOrTypes: ['Person'] }, wanted)).toBe(false);
    expect(schemaDefinition('CREATE INDEX broken IF NOT EXISTS')).toBeNull();
  });
});
