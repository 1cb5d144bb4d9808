// Who instructs: the title-and-name chain written right before a cue verb ("Phát biểu tại hội
// nghị, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Nguyễn Văn Được nhấn
// mạnh"), and the anaphora resolution the guide asks for ("đồng chí yêu cầu" → the most recent
// "Chủ tịch UBND tỉnh Trần Quốc Nam" written before it).

// Lower-case syllables that occur inside titles and body names ("Bí thư Tỉnh ủy", "Ủy ban
// nhân dân tỉnh", "Phó Chủ tịch Thường trực"); any capitalised word is accepted as well.
const TITLE_SYLLABLES = new Set([
  'thư',
  'tịch',
  'ủy',
  'tỉnh',
  'viên',
  'ương',
  'tướng',
  'trưởng',
  'thường',
  'trực',
  'vụ',
  'chí',
  'đồng',
  'phó',
  'và',
  'thành',
  'phố',
  'huyện',
  'xã',
  'phủ',
  'nhân',
  'dân',
  'ban',
  'đảng',
  'hội',
  'quận',
  'cấp',
  'chính',
  'nước',
  'chấp',
  'hành',
  'trung',
  'phường',
  'kiêm',
  'nguyên',
  'quyền',
  'bí',
  'chủ',
  'thủ',
  'bộ',
  'thứ',
  'giám',
  'đốc',
  'chánh',
  'văn',
  'phòng',
  'đoàn',
  'đại',
  'biểu',
  'quốc',
  'thị',
  'đặc',
  'khu',
  'nhiệm',
  // command and steering committees ("Ban Chỉ huy Phòng thủ dân sự tỉnh", "Ban Chỉ đạo …")
  'huy',
  'đạo',
  // military and police ranks ("Đại tá", "Thiếu tướng", "Đại úy")
  'tá',
  'úy',
  // agencies ("Chi cục Kiểm lâm", "Tổng cục Thuế")
  'cục',
  // "ông Lê Văn Tâm yêu cầu": a person addressed by name (guide, Readings · Directives)
  'ông',
  'bà',
  // "lãnh đạo tỉnh yêu cầu …", "Đại diện lãnh đạo Sở Y tế đề nghị …": leaders named by office
  'lãnh',
  'diện',
]);

/** Titles and bodies that make a chain an issuer (a plain department is an addressee, not one). */
const ISSUER_TITLE =
  /(?:Chủ tịch|Bí thư|Thủ tướng|Bộ trưởng|Thứ trưởng|Giám đốc|Tổng cục trưởng|Cục trưởng|Chi cục trưởng|Vụ trưởng|Viện trưởng|Hiệu trưởng|Chỉ huy trưởng|Ban Chỉ huy|Ban Chỉ đạo|Trưởng ban|Trưởng Ban|Trưởng\s+(?:\p{Lu}|phòng)|Ủy viên|Chánh|UBND|Ủy ban|HĐND|Hội đồng|Tỉnh ủy|Thành ủy|Thường trực|Thường vụ|Chính phủ|[Đđ]ồng chí|Ông|Bà|(?<![\p{L}])(?:ông|bà)\s+\p{Lu}|^(?:ông|bà)\s*$|[Ll]ãnh đạo|Đại diện|Chủ nhiệm|Trưởng đoàn|Tổng Bí thư|Chủ tịch nước)/u;

const SURNAMES =
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Lâm|Mai|Trịnh|Đào|Cao|Lương|Lưu|Tạ|Chu|Hà|Thái|Triệu|Giàng|Chẩu|Lữ|Nghiêm|Tô|Vương|Từ|Quách|La|Kiều|Châu|Lại|Văn|Hứa|Thân|Tống|Khúc|Mạc|Âu|Bạch|Đàm|Hầu|Lò|Quàng|Sùng|Vàng|Y|Nông|Ma|Hà|Mã|Phùng|Tăng|Diệp|Thạch|Kim|Danh|Sơn|Ông|Doãn|Lục|Cù|Đồng|Trương|Lạc|Khổng|Tôn|Giáp|Hoàng|Cầm|Ninh';
const NAME = new RegExp(String.raw`(?<![\p{L}])(?:${SURNAMES})(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,3}(?![\p{L}])`, 'gu');
const HAS_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${SURNAMES})(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,3}(?![\p{L}])`, 'u');
const PERSON_TITLE =
  /Chủ tịch|Bí thư|Thủ tướng|Bộ trưởng|Thứ trưởng|Giám đốc|Trưởng|[Cc]ục trưởng|Vụ trưởng|Viện trưởng|Hiệu trưởng|Chỉ huy trưởng|Chánh|Ủy viên|Chủ nhiệm/u;
// How many mentions an anaphor looks through: people are named again within a few sentences.
const MENTION_LOOKBACK = 64;
const PRONOUN = /^(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)$/u;
const GIVEN_NAME = /^(?:[ôÔ]ng|[bB]à|[Đđ]ồng chí)\s+(\p{Lu}[\p{Ll}\p{M}]*)$/u;

function isIssuerToken(token: string): boolean {
  if (/^[–\-—]$/.test(token)) return true;
  // "“Chủ tịch UBND tỉnh nhấn mạnh …": a quote may open the chain.
  if (/^[“"‘]?\p{Lu}/u.test(token)) return true;
  return TITLE_SYLLABLES.has(token);
}

// A body's proper name capitalises the first syllable of each part and writes the rest in
// lower case ("Sở Y tế", "Sở Nông nghiệp và Phát triển nông thôn", "Ban Quản lý các khu công
// nghiệp"): up to this many lower-case syllables follow a capitalised one inside a title chain.
const NAME_TAIL_SYLLABLES = 5;
// Function words never sit inside a name ("Kế hoạch của UBND tỉnh" is not one title).
const LINK_WORDS = new Set([
  'của',
  'tại',
  'với',
  'theo',
  'cho',
  'về',
  'trong',
  'khi',
  'sau',
  'đã',
  'đang',
  'sẽ',
  'cũng',
  'là',
  'được',
  'có',
  'này',
  'đó',
  'những',
  'để',
  'nhằm',
]);

/** Offset in `segment` where its longest suffix of issuer tokens starts. */
function issuerSuffixStart(segment: string): number {
  const tokens = [...segment.matchAll(/\S+/gu)];
  let first = tokens.length;
  while (first > 0) {
    const token = tokens[first - 1][0];
    if (isIssuerToken(token)) {
      first--;
      continue;
    }
    // Lower-case syllables continue a name part when a capitalised word, itself inside the
    // chain (not the segment's first word, such as "Tại"), opens that part.
    let head = first - 1;
    while (
      head > 0 &&
      first - head <= NAME_TAIL_SYLLABLES &&
      /^\p{Ll}/u.test(tokens[head][0]) &&
      !LINK_WORDS.has(tokens[head][0])
    )
      head--;
    if (LINK_WORDS.has(tokens[head][0])) break;
    const opensPart =
      head > 0 &&
      first - head <= NAME_TAIL_SYLLABLES + 1 &&
      /^\p{Lu}/u.test(tokens[head][0]) &&
      isIssuerToken(tokens[head - 1][0]);
    if (!opensPart) break;
    first = head;
  }
  return first < tokens.length ? tokens[first].index : segment.trimEnd().length;
}

/**
 * Offset in `prefix` (the clause text before the cue and its fillers) where the issuer
 * chain written right before the cue starts, or -1. Whole comma-separated title segments
 * before the last one join it ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Nguyễn Văn Được").
 */
// A department, office or union that instructs those below it (guide, Readings · Directives:
// "a district's or department's instructions to those below it count"): "Sở Y tế yêu cầu các
// bệnh viện …", "Công an tỉnh đề nghị người dân …". Upward requests are told apart by the cue's
// addressee (directives.ts, SUPERIOR).
const BODY_ISSUER =
  /^(?:Sở|Công an|Bộ Chỉ huy|Ban Chỉ huy|Cục|Chi cục|Phòng|Trung tâm|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Ban|Văn phòng|Bảo hiểm xã hội|Kho bạc|Thanh tra|Hội|Liên đoàn|Mặt trận|Ủy ban MTTQ|MTTQ|Bệnh viện|Trường)\s+\p{Lu}/u;
const NOT_AN_ISSUER_START = /^(?:Giao|Yêu cầu|Đề nghị|Chỉ đạo|Theo|Tại|Với|Về|Đối với)(?![\p{L}])/u;

// "Công văn nêu rõ: Sở Xây dựng …", "Chỉ thị yêu cầu các xã …": the document the article
// reports speaks for the body that issued it.
const DOCUMENT_SPEAKER =
  /(?:^|[\s,.])((?:Công văn|Công điện|Chỉ thị|Văn bản|Kế hoạch|Thông báo)(?:\s+(?:này|trên|nói trên))?)\s*$/u;

/** `issuerStart` that also takes a department or union, or a reported document, as the issuer. */
export function issuerOrBodyStart(prefix: string): number {
  const start = issuerStart(prefix);
  if (start >= 0) return start;
  const document = DOCUMENT_SPEAKER.exec(prefix);
  if (document !== null && !prefix.slice(0, document.index).trim()) return prefix.lastIndexOf(document[1]);
  const segmentStart = prefix.lastIndexOf(',') + 1;
  const from = segmentStart + issuerSuffixStart(prefix.slice(segmentStart));
  let at = from;
  while (/[\s“"‘]/u.test(prefix[at] ?? '')) at++;
  const chain = prefix.slice(at);
  return chain.trim() && BODY_ISSUER.test(chain) && !NOT_AN_ISSUER_START.test(chain) ? at : -1;
}

export function issuerStart(prefix: string): number {
  let segmentStart = prefix.lastIndexOf(',') + 1;
  let start = segmentStart + issuerSuffixStart(prefix.slice(segmentStart));
  if (!prefix.slice(start).trim()) return -1;
  while (segmentStart > 0 && !prefix.slice(segmentStart, start).trim()) {
    const previousStart = prefix.lastIndexOf(',', segmentStart - 2) + 1;
    const previous = prefix.slice(previousStart, segmentStart - 1);
    const suffixStart = issuerSuffixStart(previous);
    if (previous.slice(0, suffixStart).trim() || !ISSUER_TITLE.test(previous)) break;
    segmentStart = previousStart;
    start = previousStart + suffixStart;
  }
  while (/[\s,“"‘]/u.test(prefix[start] ?? '')) start++;
  const lead = /^(?:và|[–\-—])\s+/u.exec(prefix.slice(start));
  if (lead) start += lead[0].length;
  return ISSUER_TITLE.test(prefix.slice(start)) ? start : -1;
}

/** The issuer chain a sentence opens with ("Đồng chí Chủ tịch UBND tỉnh đã …"), or "". */
export function issuerAtStart(segment: string): string {
  const tokens = segment.split(/\s+/u);
  let count = 0;
  while (count < tokens.length && isIssuerToken(tokens[count])) count++;
  // "… Khổng Minh Đức thị sát kè": a lower-case syllable after the name opens the verb.
  while (
    count > 0 &&
    /^\p{Ll}/u.test(tokens[count - 1]) &&
    count > 1 &&
    /^\p{Lu}/u.test(tokens[count - 2]) &&
    HAS_NAME.test(tokens.slice(0, count - 1).join(' ')) &&
    !TITLE_END.has(tokens[count - 1])
  )
    count--;
  const chain = tokens.slice(0, count).join(' ');
  return ISSUER_TITLE.test(chain) ? chain : '';
}

// Syllables a title can end with ("… Tỉnh ủy", "… UBND tỉnh", "… Chính phủ").
const TITLE_END = new Set([
  'tỉnh',
  'ủy',
  'phủ',
  'dân',
  'thư',
  'tịch',
  'viên',
  'trực',
  'vụ',
  'phố',
  'huyện',
  'xã',
  'nước',
  'ương',
  'trưởng',
  'tướng',
  'đốc',
]);

/**
 * Length of the titles written after a name ("…Lê Ngọc Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND
 * tỉnh chủ trì …" → ", Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"), 0 when none.
 */
function titlesAfter(text: string): number {
  let length = 0;
  let rest = text;
  for (;;) {
    const lead = /^\s*[,–-]\s*/u.exec(rest);
    if (!lead) break;
    const segment = rest.slice(lead[0].length).split(/[,;.:()]/u)[0];
    const tokens = segment.split(/\s+/u).filter(Boolean);
    let count = 0;
    while (count < tokens.length && isIssuerToken(tokens[count])) count++;
    while (count > 0 && /^\p{Ll}/u.test(tokens[count - 1]) && !TITLE_END.has(tokens[count - 1])) count--;
    const title = tokens.slice(0, count).join(' ');
    if (!PERSON_TITLE.test(title) && !/Tỉnh ủy|UBND|HĐND/u.test(title)) break;
    const consumed = lead[0].length + segment.indexOf(tokens[count - 1]) + tokens[count - 1].length;
    length += consumed;
    if (count < tokens.length) break;
    rest = rest.slice(consumed);
  }
  return length;
}

/** Does an issuer chain name a person (a name, a personal title, "đồng chí"), not only a body? */
export function namesPerson(issuer: string): boolean {
  return (
    HAS_NAME.test(issuer) ||
    PERSON_TITLE.test(issuer) ||
    /(?<![\p{L}])(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)(?![\p{L}])/u.test(issuer)
  );
}

/** A person written with title(s) and name: the forms anaphora resolve to. */
export interface Mention {
  text: string;
  /** Offsets of the whole chain in the text. */
  start: number;
  end: number;
}

/** Every "title … name" chain in a stretch of text (for anaphora), in order. */
export function findMentions(text: string, from: number, to: number): Mention[] {
  const mentions: Mention[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(NAME)) {
    const windowStart = Math.max(0, match.index - 160);
    const start = issuerStart(slice.slice(windowStart, match.index));
    if (start < 0) continue;
    const chain = slice.slice(windowStart + start, match.index);
    let end = match.index + match[0].length;
    if (!PERSON_TITLE.test(chain)) {
      const after = titlesAfter(slice.slice(end, end + 160));
      if (after === 0) continue;
      end += after;
    }
    mentions.push({ text: slice.slice(windowStart + start, end), start: from + windowStart + start, end: from + end });
  }
  return mentions;
}

/**
 * The mention a pronoun ("đồng chí", "Ông") or a bare title ("Chủ tịch UBND tỉnh") stands
 * for: the latest chain naming that person before `at`; a name without a title ("đồng chí Lê
 * Minh Khoa") stands for the latest titled mention of that name. Null when the issuer is
 * written in full (title and name) or is a body ("UBND tỉnh"), or when no mention fits.
 */
export function antecedent(issuer: string, at: number, mentions: readonly Mention[]): Mention | null {
  const name = HAS_NAME.exec(issuer)?.[0];
  // A name with a title is written in full; "đồng chí Lê Minh Khoa" stands for the titled mention.
  if (name !== undefined && PERSON_TITLE.test(issuer)) return null;
  const bare = (name ?? issuer.replace(/^[Đđ]ồng chí\s+/u, '')).replace(/\s+/gu, ' ').trim();
  const isPronoun = name === undefined && PRONOUN.test(issuer.trim());
  // "ông Tâm", "bà Hạnh": a given name stands for the latest mention whose name ends with it.
  const given = name === undefined ? GIVEN_NAME.exec(issuer.trim())?.[1] : undefined;
  if (!isPronoun && name === undefined && given === undefined && !PERSON_TITLE.test(bare)) return null;
  const endsWithGiven = (mention: Mention) =>
    given !== undefined &&
    new RegExp(`(?<![\\p{L}])${given}(?![\\p{L}])`, 'u').test(mention.text) &&
    HAS_NAME.test(mention.text);
  const fits = (mention: Mention) =>
    isPronoun ||
    (given !== undefined ? endsWithGiven(mention) : false) ||
    (mention.text.replace(/\s+/gu, ' ').includes(bare) && (name === undefined || PERSON_TITLE.test(mention.text)));
  // Mentions are in text order: start at the last one before `at`, look a bounded way back.
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid].end <= at) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= Math.max(0, low - MENTION_LOOKBACK); i--) if (fits(mentions[i])) return mentions[i];
  // A headline or caption names the person before the body does: the first fitting mention after.
  if (isPronoun) return null;
  for (let i = low; i < Math.min(mentions.length, low + MENTION_LOOKBACK); i++)
    if (mentions[i].start > at && fits(mentions[i])) return mentions[i];
  return null;
}
