/**
 * KATO codes: nine digits AB CD EF HHH — region, district, rural district or town, settlement.
 * The 2022 edition is shipped in domain/data/kato-2022-ru.csv.
 */

/** True for a syntactically valid KATO code. */
export function isKatoCode(code: string): boolean {
  return /^\d{9}$/.test(code);
}

/** The region part of a code, as a full region code ("351010000" → "350000000"). */
export function regionCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000000`;
}

export interface KatoRow {
  id: number;
  parentId: number;
  code: string;
  nameRu: string;
}

export interface KatoUnit {
  code: string;
  parentCode: string | null;
  /** 1 region or city of republican significance, 2 district or city of regional significance, 3+ below. */
  level: number;
  nameRu: string;
}

/**
 * Parses the KATO CSV (`id;parent_id;code;name`, UTF-8 with or without BOM) into units with levels and
 * parent codes. Throws naming the line on a malformed row or a dangling parent.
 */
export function parseKatoCsv(text: string): KatoUnit[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.trim();
  if (header !== 'id;parent_id;code;name') throw new Error(`KATO line 1: unexpected header "${header}"`);
  const rows: KatoRow[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const [id, parentId, code, ...nameParts] = line.split(';');
    const name = nameParts.join(';').trim();
    if (!id || !parentId || !code || !isKatoCode(code) || name === '') {
      throw new Error(`KATO line ${i + 2}: malformed row "${line}"`);
    }
    rows.push({ id: Number(id), parentId: Number(parentId), code, nameRu: name });
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const levels = new Map<number, number>();
  const levelOf = (row: KatoRow, depth = 0): number => {
    const known = levels.get(row.id);
    if (known !== undefined) return known;
    if (depth > 10) throw new Error(`KATO: cycle at code ${row.code}`);
    let level = 1;
    if (row.parentId !== 0) {
      const parent = byId.get(row.parentId);
      if (!parent) throw new Error(`KATO: code ${row.code} has unknown parent ${row.parentId}`);
      level = levelOf(parent, depth + 1) + 1;
    }
    levels.set(row.id, level);
    return level;
  };
  return rows.map((row) => ({
    code: row.code,
    parentCode: row.parentId === 0 ? null : (byId.get(row.parentId)?.code ?? null),
    level: levelOf(row),
    nameRu: row.nameRu,
  }));
}
