// Who must act: the addressee noun phrase after a cue ("yêu cầu các ngành và địa phương cần
// …"), the subject of a task clause ("Sở Kế hoạch và Đầu tư chủ trì phối hợp Sở Tài chính …"),
// split into distinct bodies as the guide asks while collective phrases stay whole.

import {
  ACTION_WORDS,
  AGENT_NOUNS,
  COLLECTIVE_ASSIGNEE,
  MODAL,
  NAMED_ASSIGNEE,
  wordsRegex,
} from './directive-lexicon.ts';

// Where an addressee phrase ends: the task verb, a modal, or a linking word.
const PHRASE_END = new RegExp(
  `${wordsRegex([...ACTION_WORDS, 'vừa', 'để', 'nhằm', 'trong', 'theo', 'về', 'khi', 'ngay', 'cùng', 'với', 'đều', 'thì', 'là', 'làm', 'đã', 'đang', 'sẽ', 'cũng', 'nghiêm', 'tiếp', 'trực tiếp', 'nhất là', 'đặc biệt là', 'trong đó', 'kể cả', 'bao gồm', 'định kỳ', 'hằng năm', 'hàng năm', 'hằng tháng', 'hàng tháng', 'hằng quý', 'hàng quý', 'chưa', 'không', 'có trách nhiệm', 'như sau', 'sau đây', 'từ chối', 'tự ý', 'lợi dụng', 'xả', 'lấn chiếm', 'tàng trữ'], 'u').source}|${MODAL.source}|[:;]|(?<!(?<![p{L}])(?:TP|Tp|TX|Tx))[.]`,
  'gu',
);
const ACTION_START_OR_INSIDE = wordsRegex(ACTION_WORDS);
// Verbs a subject governs: task verbs and obligation modals.
// "UBND các huyện căn cứ kế hoạch … để triển khai": "căn cứ" governs its subject as a task verb
// does, though alone it opens a legal preamble ("Căn cứ Quyết định …"), so it is no task word.
const SUBJECT_VERB = new RegExp(`${wordsRegex([...ACTION_WORDS, 'căn cứ']).source}|${MODAL.source}`, 'gu');
// A clause that opens with its task ("Cần rà soát kỹ từng hộ, từng trường hợp, không để …") has
// no subject after it: a later comma part lists more objects.
const TASK_OPENING = new RegExp(`^[\\s,]*(?:${wordsRegex(ACTION_WORDS, 'u', true).source}|${MODAL.source})`, 'u');
const MAX_VERB_CANDIDATES = 8;

/** Whitespace as one plain space: issuers and addressees are names, not spans. */
export function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}
const MAX_PHRASE = 160;
// Task words used as nouns inside an addressee ("tổ chức đảng", "các cơ quan quản lý").
const NOUN_USE_AFTER =
  /^(?:tổ chức\s*(?:đảng|chính trị|xã hội|đoàn thể|cá nhân|hội|kinh tế|tín dụng|cơ sở|[,)])|xây dựng\s+[Đđ]ảng)/u;
const NOUN_USE_BEFORE = /(?:cơ quan|đơn vị|chủ thể|lực lượng|đội|tổ|phòng)\s+$/u;
// "tiếp tục / chủ động phối hợp với …": an adverb of the task may come before the partners.
const CO_ASSIGNEE =
  /^[\s,]*(?:chủ trì,?\s*)?(?:(?:tiếp tục|chủ động|tích cực|thường xuyên)\s+)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+/u;

/** `s` with quoted stretches blanked (same length): slogans hold no addressees or verbs. */
export function maskQuotes(s: string): string {
  return s.replace(/[“"][^“”"]*[”"]/gu, (q) => ' '.repeat(q.length));
}

export function isAssigneeStart(s: string): boolean {
  return COLLECTIVE_ASSIGNEE.test(s) || NAMED_ASSIGNEE.test(s);
}

/**
 * A task word that belongs to the addressee phrase: a relative clause ("các sở, ngành được
 * giao chủ trì") or a noun use ("tổ chức đảng", "Ban xây dựng Đảng", "các cơ quan quản lý").
 */
function insidePhrase(clause: string, from: number, at: number, word: string): boolean {
  const before = clause.slice(from, at);
  // "công trình" (works) is a noun, not the verb "trình" (submit).
  if (word === 'trình' && /công\s+$/u.test(before)) return true;
  // "Ban Quản lý dự án đầu tư xây dựng …" names a body: its "xây dựng" is not the task.
  if (word === 'xây dựng' && /dự án\s+đầu tư\s+$/u.test(before)) return true;
  return (
    /được\s+giao\s*$/u.test(before) ||
    NOUN_USE_AFTER.test(clause.slice(at)) ||
    (/^(?:quản lý|tuyên truyền|kiểm tra|giám sát)$/u.test(word) && NOUN_USE_BEFORE.test(before))
  );
}

/** End of the addressee phrase starting at `from` in `clause` (exclusive), or `from` when none. */
function phraseEnd(clause: string, from: number): number {
  PHRASE_END.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = PHRASE_END.exec(clause)) !== null) {
    if (match.index === from) continue;
    if (insidePhrase(clause, from, match.index, match[0])) continue;
    return match.index;
  }
  return clause.length;
}

/** Split a written addressee phrase into distinct bodies; collective phrases stay whole. */
export function splitAssignees(phrase: string): string[] {
  const parts = phrase.split(/,\s*/u);
  const out: string[] = [];
  let depth = 0;
  for (const part of parts) {
    const startsHead = /^(?:người đứng đầu|Thủ trưởng|lãnh đạo)/u.test(part);
    const previous = out[out.length - 1];
    // "UBND các huyện Bù Gia Mập, Phú Riềng, Bù Đốp": place names go on listing the same body.
    const listsPlaces =
      previous !== undefined &&
      /(?<![\p{L}])các\s+(?:huyện|xã|phường|thị xã|thành phố|quận|tỉnh|thôn|bản|ấp|khu phố)\s+\p{Lu}/u.test(previous) &&
      !isAssigneeStart(part);
    const startsUpper = /^\p{Lu}/u.test(part) && !listsPlaces;
    // A named body ("Sở Tài chính", "các Ban HĐND tỉnh") ends before "các …".
    const previousNamed = previous !== undefined && /^(?:các\s+)?\p{Lu}/u.test(previous);
    // "Thủ trưởng các sở, ngành cấp tỉnh, cấp ủy, chính quyền các cấp": after a head's phrase
    // with its level, "cấp ủy" / "chính quyền" address other bodies.
    const otherApparatus =
      previous !== undefined &&
      /^(?:người đứng đầu|Thủ trưởng|[Ll]ãnh đạo|Giám đốc)/u.test(previous) &&
      /(?<![\p{L}])cấp\s+(?:tỉnh|huyện|xã)$/u.test(previous) &&
      /^(?:cấp ủy|chính quyền)(?![\p{L}])/u.test(part);
    const newBody =
      depth === 0 &&
      previous !== undefined &&
      (startsUpper || startsHead || otherApparatus || (previousNamed && /^các\s/u.test(part)));
    if (previous === undefined || newBody) out.push(part);
    else out[out.length - 1] = `${previous}, ${part}`;
    depth += (part.match(/\(/g)?.length ?? 0) - (part.match(/\)/g)?.length ?? 0);
  }
  // "Sở Tài chính và UBND các xã": two bodies; "Sở Kế hoạch và Đầu tư" stays one name.
  return out
    .flatMap((body) =>
      body.split(
        /\s+và\s+(?=(?:UBND|Ủy ban|Sở|Ban|Công an|Bộ Chỉ huy|Văn phòng|Mặt trận|MTTQ|Đoàn|Hội|Trung tâm|Chi cục|Cục|Thủ trưởng|Chủ tịch|Giám đốc|các|Các)\s)/u,
      ),
    )
    .map((s) => s.trim().replace(/[\s,]+$/u, ''))
    .filter(Boolean);
}

// A unit addressed by its level alone after a cue ("Thủ tướng yêu cầu tỉnh hoàn thành …").
const BARE_UNIT = /^(?:tỉnh|thành phố|huyện|xã|địa phương|ngành)(?=\s+\p{Ll})/u;
// Addressees by their shape, after a cue (guide, Readings · Directives): an officer written in
// lower case ("giám đốc các bệnh viện", "thủ trưởng đơn vị"), or "các/những/từng + noun"
// naming people or bodies not on any list ("các hợp tác xã", "các chủ tàu"), but not the
// things a cue can also govern ("giao các nhiệm vụ", "yêu cầu các nội dung").
const OFFICER =
  /^(?:giám đốc|thủ trưởng|hiệu trưởng|trưởng (?:phòng|ban|các)|chủ tịch UBND|bí thư (?:các|chi bộ)|chủ đầu tư|chủ (?:tàu|hộ|cơ sở|doanh nghiệp)|chủ (?:các|những|từng))(?![\p{L}])/u;
const COUNTED_BY_SHAPE =
  /^(?:các|những|từng)\s+(?!(?:nội dung|nhiệm vụ|giải pháp|dự án|công trình|chỉ tiêu|vấn đề|văn bản|kiến nghị|ý kiến|hoạt động|chương trình|kế hoạch|thủ tục|hồ sơ|trường hợp|vụ|điểm|khu vực|tuyến|mục tiêu|quy định|chính sách|biện pháp|công việc|khó khăn|vướng mắc|tồn tại|hạn chế|phương án|nguồn|khoản|loại|mặt|lĩnh vực|ngành hàng|sản phẩm)(?![\p{L}]))\p{Ll}/u;

// People addressed by what they are or do, without "các" ("đề nghị đoàn viên, thanh niên tích
// cực …", "yêu cầu nhà thầu bổ sung máy móc", "đề nghị bà con không đốt rơm rạ", "yêu cầu chủ
// các phương tiện chấp hành …"): heads of noun phrases that name people, not things.
const PEOPLE_HEADS = String.raw`nhà thầu|chủ đầu tư|nhà đầu tư|đơn vị thi công|tư vấn giám sát|bà con|nhân dân|người dân|đoàn viên|hội viên|thanh niên|thiếu nhi|học sinh|sinh viên|giáo viên|thầy cô|phụ huynh|y bác sĩ|bác sĩ|cán bộ|công chức|viên chức|đảng viên|chiến sĩ|cán bộ, chiến sĩ|nông dân|ngư dân|công nhân|người lao động|tiểu thương|hộ dân|du khách|tài xế|lái xe|doanh nhân|ban quản lý|ban chỉ đạo|ban tổ chức|tổ công tác|đoàn kiểm tra|đoàn công tác|lực lượng chức năng`;

// Words that may follow the head of a lower-case addressee ("các sở, ngành liên quan của tỉnh",
// "chính quyền cấp huyện, cấp xã", "bà con ngư dân"): more heads, levels and qualifiers. The
// first other lower-case word is the task verb, even one no lexicon lists ("nhà thầu tăng ca …").
const ADDRESSEE_TAIL_WORDS = [
  ...AGENT_NOUNS,
  'liên quan',
  'trực thuộc',
  'chuyên môn',
  'chức năng',
  'địa bàn',
  'trên',
  'thuộc',
  'của',
  'tỉnh',
  'thị trấn',
  'thành',
  'thị',
  'và',
  'có',
  'các',
  'những',
  'từng',
  'nhân dân',
  'thanh niên',
  'nông dân',
  'ngư dân',
  'lao động',
  'chính trị',
  'xã hội',
  'vũ trang',
  'công an',
  'quân sự',
  'biên phòng',
  'y tế',
  'giáo dục',
];
const ADDRESSEE_TAIL = new RegExp(
  `^[\\s,]*(?:${PEOPLE_HEADS}|${[...ADDRESSEE_TAIL_WORDS].sort((x, y) => y.length - x.length).join('|')})(?![\\p{L}])`,
  'u',
);
// Bodies, as against people: their names go on with descriptive words ("cơ sở khám bệnh").
const INSTITUTION_NOUNS = new Set(AGENT_NOUNS.filter((noun) => !new RegExp(`^(?:${PEOPLE_HEADS})$`, 'u').test(noun)));
const PEOPLE_HEAD = new RegExp(`^(?:(?:[Cc]ác|[Nn]hững|[Tt]ừng)\\s+)?(?:${PEOPLE_HEADS})(?![\\p{L}])`, 'u');

/**
 * `phrase` cut before the first lower-case word that cannot continue an addressee of people
 * ("nhà thầu tăng ca" → "nhà thầu"). Bodies after "các" keep their descriptive tails ("các cơ
 * sở khám bệnh, chữa bệnh"), which no word list could tell from a verb.
 */
function cutAtUnknownVerb(phrase: string): string {
  const head = PEOPLE_HEAD.exec(phrase);
  if (head === null) return phrase;
  let at = head[0].length;
  for (let tail = ADDRESSEE_TAIL.exec(phrase.slice(at)); tail !== null; tail = ADDRESSEE_TAIL.exec(phrase.slice(at))) {
    // "các hộ dân và cơ sở kinh doanh": a body noun takes descriptive words after it.
    if (INSTITUTION_NOUNS.has(tail[0].replace(/^[\s,]+/u, ''))) return phrase;
    at += tail[0].length;
  }
  const rest = phrase.slice(at);
  // A capitalised word goes on naming a body ("các đơn vị trực thuộc Sở Y tế"): left whole.
  if (!/\p{L}/u.test(rest) || /^[\s,]*\p{Lu}/u.test(rest)) return phrase;
  return phrase.slice(0, at).replace(/[\s,]+$/u, '');
}

// Forces named by what they do ("lực lượng thanh tra", "lực lượng quản lý thị trường"): a body
// whose name runs on in lower case up to the task verb.
const FORCES = /^lực lượng\s+\p{Ll}/u;

/** Does an addressee phrase start here (including a unit named by its level alone)? */
export function isAddresseeStart(s: string): boolean {
  return (
    isAssigneeStart(s) ||
    BARE_UNIT.test(s) ||
    OFFICER.test(s) ||
    COUNTED_BY_SHAPE.test(s) ||
    PEOPLE_HEAD.test(s) ||
    FORCES.test(s)
  );
}

/** Addressees named after a cue, starting at `from` (after optional "," / ":" / time frame). */
export function addresseesAt(clause: string, from: number): string[] {
  let i = from;
  // "yêu cầu: (1) Ban Tổ chức …": the first item of a list names the first addressee.
  const lead =
    /^[\s,:]*[“"]?\s*(?:\(\s*1\s*\)\s*|1\s*[.)]\s+|a\)\s*)?(?:(?:trong|từ nay đến|đến|từ)\s[^,;:]{1,40},\s*)?(?:giao\s+|yêu cầu\s+|đề nghị\s+|Giao\s+|Yêu cầu\s+|Đề nghị\s+)?(?:cho\s+(?=\p{Lu}))?/u.exec(
      clause.slice(i),
    );
  if (lead) i += lead[0].length;
  const rest = clause.slice(i);
  if (!isAddresseeStart(rest)) return [];
  const end = phraseEnd(clause, i);
  if (end - i > MAX_PHRASE) return [];
  const phrase = cutAtUnknownVerb(collapse(clause.slice(i, end)).replace(/[\s,]+$/u, ''));
  const assignees = splitAssignees(phrase);
  return [...assignees, ...coAssignees(clause, end)];
}

/**
 * Bodies after "(chủ trì,) phối hợp (chặt chẽ) (với)" right after the lead assignee: the
 * co-assignees of the coordination pattern (directives.md §3).
 */
export function coAssignees(clause: string, from: number): string[] {
  const co = CO_ASSIGNEE.exec(clause.slice(from, from + 60));
  if (!co) return [];
  const start = from + co[0].length;
  if (!isAssigneeStart(clause.slice(start))) return [];
  const end = phraseEnd(clause, start);
  return splitAssignees(collapse(clause.slice(start, end)));
}

/**
 * Subject addressees of a task clause without a cue: the noun phrase written right before
 * its first task verb or modal ("các sở, ngành, địa phương phải hoàn thành"), when it names
 * bodies. `from` skips connectors.
 */
export function subjectAssignees(written: string, from: number): string[] {
  const clause = maskQuotes(written);
  // "Địa bàn nào để … thì Chủ tịch UBND cấp huyện phải chịu trách nhiệm": the subject of the
  // consequence is who the obligation binds.
  const consequence = CONSEQUENCE.exec(clause.slice(from));
  if (consequence !== null) {
    const at = from + consequence.index + consequence[0].length;
    const end = phraseEnd(clause, at);
    if (end > at && MODAL.test(clause.slice(end, end + 12)))
      return splitAssignees(collapse(written.slice(at, end)).replace(/[\s,]+$/u, ''));
  }
  let candidates = 0;
  for (const verb of clause.slice(from).matchAll(SUBJECT_VERB)) {
    if (verb.index === 0) continue;
    if (++candidates > MAX_VERB_CANDIDATES) break;
    const verbAt = from + verb.index;
    if (insidePhrase(clause, from, verbAt, verb[0])) continue;
    // "… và xây dựng": a verb coordinated with the one before has no subject of its own.
    if (/(?<![\p{L}])(?:và|hoặc|để|nhằm)\s*$/u.test(clause.slice(from, verbAt))) continue;
    const subjectStart = subjectBefore(clause.slice(from, verbAt));
    if (subjectStart < 0) continue;
    const head = clause.slice(from, from + subjectStart);
    // ("giải ngân vốn là nhiệm vụ trọng tâm, người đứng đầu … phải": a verb used as a noun, then "là".)
    if (subjectStart > 0 && TASK_OPENING.test(head) && !/(?<![\p{L}])là(?![\p{L}])/u.test(head)) return [];
    // Adverbs before the verb ("định kỳ", "khẩn trương") end the subject too.
    const end = Math.min(verbAt, phraseEnd(clause, from + subjectStart));
    const phrase = cutAtUnknownVerb(collapse(written.slice(from + subjectStart, end)).replace(/[\s,]+$/u, ''));
    return [...splitAssignees(phrase), ...coAssignees(written, verbAt)];
  }
  return [];
}

const CONSEQUENCE = /(?<![\p{L}])thì\s+(?=(?:Chủ tịch|Giám đốc|Thủ trưởng|người đứng đầu|UBND|Ủy ban|Sở|các|Các)\s)/u;

// A unit named by its level alone as the whole subject ("Xã cần tập trung …", "Huyện phải …").
const BARE_UNIT_SUBJECT = /^(?:Tỉnh|Huyện|Xã|Phường|Thành phố|Thị xã|Địa phương|Ngành)\s*$/u;

/** Start (in `head`) of the addressee run that ends right before a verb, or -1. */
function subjectBefore(head: string): number {
  const parts = head.split(',');
  let offset = head.length;
  let subjectStart = -1;
  for (let p = parts.length - 1; p >= 0; p--) {
    offset -= parts[p].length + (p < parts.length - 1 ? 1 : 0);
    const part = parts[p].trimStart();
    const withoutRelative = part.replace(
      /được\s+giao(?:\s+chủ\s+trì)?|xây dựng\s+[Đđ]ảng|tổ chức\s+(?:đảng|chính trị|xã hội|đoàn thể)/gu,
      '',
    );
    if (
      /(?<![\p{L}])(?:đã|đang|được|vừa)(?![\p{L}])/u.test(withoutRelative) ||
      ACTION_START_OR_INSIDE.test(withoutRelative)
    )
      break;
    if (isAssigneeStart(part) || BARE_UNIT_SUBJECT.test(part)) subjectStart = offset + (parts[p].length - part.length);
  }
  return subjectStart;
}

/**
 * True for addressees that are collective ("các sở, ngành", "UBND các xã, phường", also
 * "UBND tỉnh, các sở, ngành"), not named bodies ("Sở Tài chính", "Ban Dân vận, MTTQ các
 * cấp"): a collective addressee stays the addressee of the tasks that follow; a named body is
 * the subject of its own sentence only.
 */
export function isCollective(assignees: readonly string[]): boolean {
  if (assignees.length === 0) return false;
  // "UBND tỉnh, các sở, ngành, địa phương": a lower-case collective addresses the whole apparatus.
  if (assignees.some((a) => /^\p{Ll}/u.test(a))) return true;
  return assignees.every((a) => /(?<![\p{L}])(?:các|từng|mọi|cả)(?![\p{L}])/iu.test(a));
}
