// Directives (labeling guide, directives.md): sentences or ";"-clauses in which a leader or
// body instructs others to do something. A clause is a directive when
//  - it carries an instruction cue with its issuer written before it ("Chủ tịch UBND tỉnh Đỗ
//    Minh Tuấn giao Văn phòng UBND tỉnh …"), the cue used as a verb (an addressee, a task or a
//    colon follows) and not reported as past ("đã chỉ đạo"), habitual ("liên tục") or framed
//    in the past ("Trong tháng qua, …"); or
//  - it continues the directive right before it without repeating the cue: an imperative task
//    ("Tăng cường …", "(2) Tập trung …"), a task with an addressee subject ("Sở Kế hoạch và Đầu
//    tư chủ trì …") or an obligation ("… cần phải …"). It takes that directive's issuer.
// Any other clause (a result, a description, a goal, a draft's content) ends the chain, so
// the imperative items of a draft programme or a goal list are never taken for orders.

import { type RuleName, trace } from './rules.ts';
import type { DateMention, Directive } from './types.ts';
import {
  ACTION_WORDS,
  CONNECTOR,
  CUE_WORDS,
  LIST_CONTINUATION,
  LIST_MARKER,
  MODAL,
  PROHIBITION_START,
  REPORT_START,
  RETROSPECTIVE,
  SPEECH_CUES,
  TOPIC_FRAME,
  startsWithRegex,
  wordsRegex,
} from './directive-lexicon.ts';
import {
  addresseesAt,
  coAssignees,
  collapse,
  isAddresseeStart,
  isAssigneeStart,
  isCollective,
  maskQuotes,
  splitAssignees,
  subjectAssignees,
} from './assignees.ts';
import {
  antecedent,
  findMentions,
  issuerAtStart,
  issuerOrBodyStart,
  issuerStart,
  namesPerson,
  type Mention,
} from './issuer.ts';
import { splitParagraph, type Clause, type TextRange } from './sentences.ts';

const CUE = wordsRegex(CUE_WORDS, 'gu');
const SAY_WORDS = ['nói', 'phát biểu'];
const SAY = new RegExp(`${wordsRegex(SAY_WORDS).source}(?=\\s*[.!]?\\s*$)`, 'gu');
const CUE_AT_START = startsWithRegex(['yêu cầu', 'giao', 'đề nghị', 'chỉ đạo', 'lưu ý', 'đôn đốc', 'nhắc nhở']);
const ACTION_AT_START = startsWithRegex(ACTION_WORDS);
const ACTION_ANYWHERE = wordsRegex(ACTION_WORDS);
const FILLERS_AT_END =
  /(?:(?:^|\s+)(?:đã|đang|cũng|vừa|sẽ|tiếp tục|tập trung|trực tiếp|có ý kiến|có văn bản|có|kết luận và|phát biểu và|đồng thời|thường xuyên|liên tục|luôn|luôn luôn|kiên quyết|đặc biệt|nhiều lần|một lần nữa|còn|lại|chính thức))+\s*$/u;
// Noun phrases opening a clause: a subject or a topic, not a task verb.
const NOUN_START =
  /^(?:các|những|sự|việc|công tác|tình hình|kết quả|vấn đề|nội dung|mục tiêu|nhiệm vụ|tỉnh|huyện|người|năm|tháng|ngày|quý|trong|theo|với|về|do|vì|nên|nhưng|tuy|mặc dù)(?![\p{L}])/u;
// Plans and schedules stated as facts ("dự kiến tổ chức", "sẽ diễn ra").
const SCHEDULE = /(?<![\p{L}])(?:dự kiến|sẽ diễn ra|sẽ được tổ chức|diễn ra vào)(?![\p{L}])/u;
// A heading line of a list of tasks: an optional marker, then a topic ("Về …", "Đối với …").
const TOPIC_HEADING = new RegExp(
  `^(?:${LIST_MARKER.source.slice(1)})?\\s*(?:Về|về|Đối với|đối với|Riêng|Lĩnh vực|lĩnh vực)\\s[^.;:]{1,100}$`,
  'u',
);
// A frame that places the sentence at the meeting, visit or notice being reported (guide,
// Readings · Directives: an instruction given there is a directive even when told with "đã").
const AT_REPORTED_EVENT =
  /^[\s,]*(?:(?:Cũng\s+)?(?:[Tt]ại|[Tt]rong|[Kk]ết luận|[Pp]hát biểu(?:\s+(?:kết luận|chỉ đạo))?\s+tại|[Qq]ua)\s+(?:buổi|hội nghị|cuộc|phiên|kỳ họp|chuyến|đợt|đây|kiểm tra|lễ)|[Kk]ết luận\s+(?:buổi|hội nghị|cuộc|phiên|kỳ họp)|[Ss]au khi\s+(?:nghe|kiểm tra|khảo sát|thị sát|làm việc|nghe báo cáo))(?![\p{L}])/u;
// The comma that closes an apposition of titles before the cue ("Ông Lê Văn Tâm, Chủ tịch
// UBND huyện, yêu cầu …"): it does not cut the issuer off from its cue.
const APPOSITION_END =
  /(?<=,\s*(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng|Bộ trưởng|Thứ trưởng|Chánh|Ủy viên|Chủ nhiệm|Cục trưởng|Chi cục trưởng|Chỉ huy trưởng)[^,;:]{0,60})\s*,\s*$/u;
// A document a body issues, between the body and the cue it instructs with.
const DOCUMENT_ISSUED =
  /(?:^|\s+)(?:(?:đã|vừa)\s+)?(?:có|ban hành|gửi|phát hành|ký)\s+(?:[Cc]ông văn|[Vv]ăn bản|[Cc]ông điện|[Cc]hỉ thị|[Tt]hông báo|[Kk]ế hoạch|[Qq]uyết định|[Hh]ướng dẫn)(?:\s+(?:hỏa tốc|khẩn))?(?:\s+số)?(?:\s*\d[\p{L}\p{N}/.\-–]*)?(?:\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)?(?:\s+(?:về việc|về)\s[^;:]{1,120}?)?\s*,?\s*$/u;
const REPORTED_SPEECH = /^[^,;:]{0,120}?(?<![\p{L}])cho biết(?![\p{L}])/u;
const PAST_FILLER = /(?:^|\s)đã(?:\s|$)/u;
const HABITUAL_FILLER = /(?:^|\s)(?:thường xuyên|liên tục|luôn)(?:\s|$)/u;
const TIME_FRAME =
  /^[\s,]*(?:(?:trong|từ nay đến|đến|từ|ngay trong|thời gian tới|sắp tới|trước mắt)(?:\s[^,;:]{1,40})?,\s*)?/u;
// Addressees above the issuer: a proposal upward ("Sở Tài chính đề nghị UBND tỉnh …").
const SUPERIOR =
  /^[\s,]*(?:UBND tỉnh|Ủy ban nhân dân tỉnh|Chính phủ|Thủ tướng|Bộ\s|Trung ương|Tỉnh ủy|HĐND tỉnh|cấp trên|tỉnh(?![\p{L}]))/u;
// HĐND oversees the UBND it elects: its chair's "đề nghị UBND tỉnh …" is an instruction.
const TOP_ISSUER = /Bí thư|Thủ tướng|Chủ tịch nước|Ban Thường vụ|Thường trực Tỉnh ủy|Tỉnh ủy|HĐND|Hội đồng nhân dân/u;

interface Instruction {
  /** Issuer chain as offsets in the clause. */
  issuerStart: number;
  issuerEnd: number;
  /** Where the directive's span starts in the clause: 0, or the forward part of a sentence
   *  that first reports ("… đã phát biểu kết luận, đồng thời giao …"). */
  spanFrom: number;
  assignees: string[];
  /** A lead-in that only opens a list ("… có ý kiến chỉ đạo như sau:"): sets the chain, no span. */
  leadInOnly: boolean;
  /** "đề nghị" to a superior body: an instruction only when the issuer outranks it. */
  needsTopIssuer: boolean;
}

/**
 * How a clause without its own cue continues the chain: an imperative task ("Tăng cường …"),
 * a task of named or collective addressees ("Sở Tài chính tham mưu …"), or an obligation with
 * another subject ("vấn đề thu hút đầu tư … cần phải thông thoáng").
 */
type ContinuationForm = 'imperative' | 'addressed' | 'obligation';

type Reading =
  | { kind: 'explicit'; rule: RuleName; instruction: Instruction }
  | {
      kind: 'continuation';
      form: ContinuationForm;
      assignees: string[];
      /** Read by its form alone ("có + noun"), with no cue, modal or lexicon verb. */
      byForm?: boolean;
    }
  | { kind: 'none' };

// "giao bãi đỗ xe cho thị trấn khai thác", "giao các nhiệm vụ cụ thể cho các sở": a thing,
// then "cho" and the body it is assigned to (guide, Readings · Directives).
const ASSIGNED_THING = /^\s*(?!cho(?![\p{L}]))[^,;:.]{2,90}?\s+cho\s+/u;

/** Offset in `after` (the text after "giao") of the body a thing is assigned to, or -1. */
export function assignedTo(after: string): number {
  const thing = ASSIGNED_THING.exec(after);
  if (thing === null) return -1;
  return isAddresseeStart(after.slice(thing[0].length)) ? thing[0].length : -1;
}

/** Does what follows a cue make it a verb with an object (an addressee, a task, a colon)? */
function objectFollows(after: string): boolean {
  // "… có ý kiến chỉ đạo như sau:" opens a list (the clause ends before its colon).
  if (/^\s*(?:như sau|sau đây)?\s*:|^\s*(?:như sau|sau đây)\s*$/u.test(after)) return true;
  const rest = after.slice(TIME_FRAME.exec(after)?.[0].length ?? 0);
  // "yêu cầu, trong thời gian tới, các ngành cần …": a comma before a time frame or the addressee.
  const commaThenObject = /^\s*,/u.test(after) && (TIME_FRAME.exec(after)?.[0].length ?? 0) > after.indexOf(',') + 1;
  if (/^\s*(?:của|tại|điều hành|,)/u.test(after) && !/^\s*,\s*(?:các|từng|cả)\s/u.test(after) && !commaThenObject)
    return false;
  const trimmed = rest.replace(/^[\s,]+/u, '');
  return isAddresseeStart(trimmed) || ACTION_AT_START.test(trimmed);
}

// The object of a lead-in that only announces the tasks below it ("một số nội dung sau",
// "nhiệm vụ cho các đơn vị như sau", "những việc cần làm ngay sau đây").
const ANNOUNCED_TASKS =
  /(?:(?:nội dung|nhiệm vụ|giải pháp|việc|vấn đề|yêu cầu|ý kiến|điểm|công việc)(?:\s+(?:trọng tâm|chủ yếu|cụ thể|chính|cần làm(?:\s+ngay)?))?\s+(?:sau đây|sau)|như sau|sau đây)\s*$/u;
const LEAD_IN_WORDS = 12;

function announcesList(after: string): boolean {
  const tail = ANNOUNCED_TASKS.exec(after);
  return tail !== null && (after.slice(0, tail.index).match(/\p{L}+/gu)?.length ?? 0) <= LEAD_IN_WORDS;
}

/** Does a sentence of speech open with a task: a modal, a task verb or an addressee? */
function opensTask(sentence: string): boolean {
  const body = sentence.slice(TIME_FRAME.exec(sentence)?.[0].length ?? 0).trimStart();
  return MODAL.test(body) || ACTION_AT_START.test(body) || isAddresseeStart(body);
}

const COPULA = /(?<![\p{L}])là(?![\p{L}])/u;

/** Speech content that states what something is before naming any task. */
// "Nhiệm vụ hàng đầu tuần tới là hoàn thành …": what the task is, said with "là", states a task.
const TASK_IS =
  /^[\s:“"]*(?:[Nn]hiệm vụ|[Yy]êu cầu|[Vv]iệc cần làm|[Gg]iải pháp)(?:\s+(?:trọng tâm|quan trọng|cấp bách|hàng đầu|chính|trước mắt))?[^.;:]{0,40}?\s+là\s/u;

function isAssessment(content: string): boolean {
  const copula = COPULA.exec(content);
  if (copula === null) return false;
  const task = TASK_IS.exec(content);
  if (task !== null && ACTION_AT_START.test(content.slice(task.index + task[0].length))) return false;
  const action = ACTION_ANYWHERE.exec(content);
  return action === null || copula.index < action.index;
}

/**
 * `opensList`: a colon follows the clause ("Chủ tịch UBND tỉnh chỉ đạo:"), so a cue that ends
 * it introduces the tasks listed after it.
 */
function explicitInstruction(clause: string, opensList: boolean, openDeadline: boolean): Reading | null {
  // A quote before its attribution may be said with a plain verb ("“… phải …”, ông Bình nói").
  const cues = /^\s*[“"]/u.test(clause) ? [...clause.matchAll(CUE), ...clause.matchAll(SAY)] : clause.matchAll(CUE);
  for (const match of cues) {
    const cue = match[0].replace(/\s+/g, ' ');
    // "UBND huyện đã có Công văn số 12/UBND ngày 3/4 yêu cầu …": the body instructs through the
    // document the article reports; its "đã" dates the document, not a finished task.
    const beforeCue = clause.slice(0, match.index);
    // "UBND các huyện căn cứ kế hoạch để lãnh đạo, chỉ đạo triển khai …": a cue after "để",
    // "nhằm" or in the doublet "lãnh đạo, chỉ đạo" is a verb of the clause's own subject.
    if (OWN_VERB_BEFORE_CUE.test(beforeCue)) continue;
    const document = DOCUMENT_ISSUED.exec(beforeCue);
    const prefixWithFillers = document ? `${beforeCue.slice(0, document.index)} ` : beforeCue;
    const fillers = FILLERS_AT_END.exec(prefixWithFillers)?.[0] ?? '';
    // "Ông Lê Văn Tâm, Chủ tịch UBND huyện, yêu cầu …": an apposition closes with a comma.
    const prefix = prefixWithFillers
      .slice(0, prefixWithFillers.length - fillers.length)
      .replace(APPOSITION_END, (comma) => ' '.repeat(comma.length));
    const joined = secondVerbOfOpening(clause, prefix);
    if (joined !== null) {
      // "Phó Chủ tịch … ghi nhận kết quả của huyện và yêu cầu huyện …": the sentence's subject
      // praised or heard a report first, then instructed (rule directive.joined-cue).
      const afterAt = match.index + match[0].length;
      if (!objectFollows(clause.slice(afterAt))) continue;
      let assignees = addresseesAt(clause, afterAt);
      if (assignees.length === 0) assignees = subjectAssignees(clause, afterAt);
      return {
        kind: 'explicit',
        rule: 'directive.joined-cue',
        instruction: {
          issuerStart: joined.issuerStart,
          issuerEnd: joined.issuerEnd,
          spanFrom: joined.spanFrom,
          assignees,
          leadInOnly: false,
          needsTopIssuer: cue === 'đề nghị' && SUPERIOR.test(clause.slice(afterAt)),
        },
      };
    }
    let start = issuerOrBodyStart(prefix);
    let spanFrom = 0;
    if (start < 0) {
      // "Đồng chí Chủ tịch UBND tỉnh đã phát biểu kết luận …, đồng thời giao …": the subject
      // opens the sentence and the forward part starts after the comma.
      const comma = prefixWithFillers.lastIndexOf(',');
      // "Phó Chủ tịch UBND tỉnh … kiểm tra công trình, yêu cầu nhà thầu …": a second verb of
      // the same subject, joined by the comma alone.
      const coordinated =
        comma >= 0 &&
        !fillers.trim() &&
        !PAST_FILLER.test(prefix.slice(0, comma)) &&
        !CUE_AT_START.test(clause.slice(bodyStart(clause)));
      if (comma < 0 || prefix.slice(comma + 1).trim() || (!fillers.trim() && !coordinated)) continue;
      const opening = issuerAtStart(clause.slice(bodyStart(clause)));
      if (!opening) continue;
      start = bodyStart(clause);
      spanFrom = comma + 1 + (/^\s*/u.exec(clause.slice(comma + 1))?.[0].length ?? 0);
      if (PAST_FILLER.test(fillers) || HABITUAL_FILLER.test(fillers)) return { kind: 'none' };
      const issuerEnd = start + opening.length;
      const assignees = addresseesAt(clause, match.index + match[0].length);
      if (!objectFollows(clause.slice(match.index + match[0].length))) continue;
      return {
        kind: 'explicit',
        rule: 'directive.cue-with-issuer',
        instruction: { issuerStart: start, issuerEnd, spanFrom, assignees, leadInOnly: false, needsTopIssuer: false },
      };
    }
    const issuer = prefix.slice(start);
    const afterAt = match.index + match[0].length;
    const after = clause.slice(afterAt);
    const maskedAfter = maskQuotes(after);
    if (/^\s*của(?![\p{L}])/u.test(after)) continue;
    // "… quán triệt nội dung Chỉ thị …": presenting a document's content, not instructing.
    if (cue === 'quán triệt' && /^\s*(?:nội dung|tinh thần|các văn bản|văn bản)(?![\p{L}])/u.test(after)) continue;
    if (!/\p{L}/u.test(after) && /^\s*[“"]/u.test(prefix)) {
      // “Cả hệ thống chính trị phải vào cuộc …”, Chủ tịch UBND tỉnh khẳng định: the order is the quote.
      const quote = /^\s*[“"]([^”"]+)[”"]/u.exec(prefix);
      if (!quote || !MODAL.test(quote[1])) continue;
      const issuerEnd = start + issuer.trimEnd().length;
      const quoteAt = quote.index + quote[0].indexOf(quote[1]);
      const assignees = subjectAssignees(clause.slice(0, quoteAt + quote[1].length), quoteAt);
      return {
        kind: 'explicit',
        rule: 'directive.quote-before-attribution',
        instruction: {
          issuerStart: start,
          issuerEnd,
          spanFrom: 0,
          assignees,
          leadInOnly: false,
          needsTopIssuer: false,
        },
      };
    }
    if (SAY_WORDS.includes(cue)) continue;
    // "… nhấn mạnh: “Tiến độ năm nay rất chậm. Các chủ đầu tư phải …”": a speech quoted after
    // the cue opens with an assessment; its later obligations are the orders.
    const quoted = SPEECH_CUES.has(cue) ? /^\s*:?\s*[“"]/u.exec(after) : null;
    const quoteOpenerOnly =
      quoted !== null && !opensTask(after.slice(quoted[0].length).split(/[.!?;]/u)[0] ?? '') && opensQuote(after);
    if (SPEECH_CUES.has(cue) && !quoteOpenerOnly) {
      if (!MODAL.test(maskedAfter) && !ACTION_ANYWHERE.test(maskedAfter)) continue;
      // "nhấn mạnh, năm 2025 là năm cuối thực hiện …": an assessment, not an order.
      if (!MODAL.test(maskedAfter) && isAssessment(maskedAfter)) continue;
      if (/(?<![\p{L}])đã(?![\p{L}])/u.test(maskedAfter.slice(0, 60))) return { kind: 'none' };
    } else if (
      !objectFollows(after) &&
      !(opensList && !/\p{L}/u.test(after)) &&
      !(cue === 'giao' && assignedTo(after) >= 0)
    )
      continue;
    // "đã giao … báo cáo trước ngày 30/11" read before that day: the task is still open; so is
    // "Tại buổi làm việc, … đã giao …", an instruction given at the meeting being reported.
    if (
      (PAST_FILLER.test(fillers) && !openDeadline && !AT_REPORTED_EVENT.test(prefix.slice(0, start))) ||
      HABITUAL_FILLER.test(fillers) ||
      RETROSPECTIVE.test(prefix.slice(0, start))
    )
      return { kind: 'none' };
    let assignees = addresseesAt(clause, afterAt);
    const thingTo = cue === 'giao' && assignees.length === 0 ? assignedTo(after) : -1;
    if (thingTo >= 0) assignees = addresseesAt(clause, afterAt + thingTo);
    if (assignees.length === 0) assignees = subjectAssignees(clause, afterAt);
    // "Chủ tịch HĐND tỉnh nhấn mạnh: … HĐND tỉnh kịp thời tổ chức …": the speaker's own body
    // as the subject, with no obligation, describes its work or commits (guide: commitments
    // are not directives), rule directive.own-body-not-addressed.
    if (SPEECH_CUES.has(cue) && !MODAL.test(maskedAfter) && speaksOfOwnBody(issuer, assignees)) return { kind: 'none' };
    // "… yêu cầu các sở, ngành:" only names who the listed tasks are for: no task of its own;
    // neither has "… đề nghị huyện tập trung một số nội dung sau:", which announces them.
    const leadInOnly =
      quoteOpenerOnly ||
      (opensList && announcesList(maskedAfter)) ||
      (maskedAfter.length < 40 &&
        (maskedAfter.replace(/như sau|sau đây|[:\s]/gu, ' ').match(/\p{L}+/gu)?.length ?? 0) < 2) ||
      (opensList &&
        isAddresseeStart(maskedAfter.trimStart()) &&
        !ACTION_ANYWHERE.test(maskedAfter) &&
        !MODAL.test(maskedAfter));
    const issuerEnd = start + issuer.trimEnd().length;
    const needsTopIssuer = cue === 'đề nghị' && SUPERIOR.test(after);
    return {
      kind: 'explicit',
      rule:
        thingTo >= 0
          ? 'directive.assign-to'
          : document
            ? 'directive.document-instruction'
            : 'directive.cue-with-issuer',
      instruction: { issuerStart: start, issuerEnd, spanFrom, assignees, leadInOnly, needsTopIssuer },
    };
  }
  return null;
}

/** Are all the addressees the body the issuer's own title names ("Chủ tịch HĐND tỉnh …" → "HĐND tỉnh")? */
function speaksOfOwnBody(issuer: string, assignees: readonly string[]): boolean {
  const title = collapse(issuer);
  return (
    assignees.length > 0 &&
    assignees.every(
      (a) =>
        /^(?:UBND|HĐND|Ủy ban|Hội đồng|Tỉnh ủy|Huyện ủy|Thành ủy|Sở|Ban)\s/u.test(a) && title.includes(collapse(a)),
    )
  );
}

const OWN_VERB_BEFORE_CUE = /(?<![\p{L}])(?:để|nhằm|lãnh đạo\s*,|lãnh đạo\s+và)\s*$/u;
// The verb phrase of the opening subject before "và" and the cue: a report or praise, short,
// one clause ("ghi nhận, biểu dương kết quả của huyện", "đồng ý chủ trương").
const JOINED_BY_AND = /(?<![\p{L}])và\s*$/u;
const MAX_FIRST_VERB_WORDS = 30;

/**
 * "<issuer> <verb phrase> và <cue> …": the cue is the opening subject's second verb. Its
 * issuer is the chain the clause opens with; the span starts at "và". Null when the clause
 * does not open with an issuer, or the first verb phrase reports an earlier time ("đã", unless
 * at the event being reported) or holds a cue of its own.
 */
function secondVerbOfOpening(
  clause: string,
  prefix: string,
): { issuerStart: number; issuerEnd: number; spanFrom: number } | null {
  const and = JOINED_BY_AND.exec(prefix);
  if (and === null) return null;
  let at = bodyStart(clause);
  // "Sau khi nghe báo cáo, Phó Chủ tịch …": a short frame before the subject.
  const frame = /^[^,;:]{3,60},\s*/u.exec(clause.slice(at));
  if (!issuerAtStart(clause.slice(at)) && frame !== null) at += frame[0].length;
  const opening = issuerAtStart(clause.slice(at));
  if (!opening) return null;
  const between = prefix.slice(at + opening.length, and.index);
  const words = between.match(/\p{L}+/gu)?.length ?? 0;
  if (words === 0 || words > MAX_FIRST_VERB_WORDS || /[;:“”"]/u.test(between)) return null;
  // A cue already in the first verb phrase ("yêu cầu … và đề nghị …") is read as that cue.
  if (new RegExp(CUE.source, 'u').test(between)) return null;
  if (PAST_FILLER.test(between) && !AT_REPORTED_EVENT.test(clause.slice(0, at))) return null;
  if (RETROSPECTIVE.test(clause.slice(0, at)) || REPORTED_SPEECH.test(between)) return null;
  return { issuerStart: at, issuerEnd: at + opening.length, spanFrom: and.index };
}

// How far a topic frame may run over its own commas ("Đối với công tác bồi thường, giải
// phóng mặt bằng, UBND các xã …") before the addressee that ends it.
const TOPIC_REACH = 120;

/** Length of a topic frame at the start of `rest`, through a listing comma when an addressee follows. */
function topicFrame(rest: string): number {
  const frame = TOPIC_FRAME.exec(rest)?.[0].length ?? 0;
  if (frame === 0 || isAddresseeStart(rest.slice(frame))) return frame;
  const reach = rest.slice(0, TOPIC_REACH);
  for (const comma of reach.slice(frame).matchAll(/,\s*/gu)) {
    const after = frame + comma.index + comma[0].length;
    if (isAssigneeStart(rest.slice(after))) return after;
  }
  return frame;
}

/** Offset after list markers, connectors and topic frames at the start of a clause. */
function bodyStart(clause: string): number {
  let at = 0;
  for (let guard = 0; guard < 4; guard++) {
    const rest = clause.slice(at);
    const step = CONNECTOR.exec(rest)?.[0].length || topicFrame(rest);
    if (step === 0) break;
    at += step;
  }
  return at;
}

const PAST_OR_PASSIVE = /(?<![\p{L}])(?:đã|đang|được)(?![\p{L}])/u;

/**
 * Does the subject's first verb report ("Các sở đã triển khai …")? A past marker after the
 * task verb belongs to a relative clause of its object ("… chi trả cho các hộ đã có phương án").
 */
function reportsSubject(body: string): boolean {
  const firstPart = body.split(',')[0];
  const past = PAST_OR_PASSIVE.exec(firstPart);
  if (past === null) return false;
  const modal = MODAL.exec(firstPart);
  const verb = ACTION_ANYWHERE.exec(firstPart);
  const firstVerb = Math.min(modal?.index ?? Infinity, verb?.index ?? Infinity);
  // "… tích cực vào cuộc và đã hoàn thành …": a past verb joined to the first one reports too.
  return past.index < firstVerb || /(?<![\p{L}])(?:và|rồi|nên|nhưng|cũng)\s+$/u.test(firstPart.slice(0, past.index));
}

const CLOSING_FORMULA =
  /(?<![\p{L}])(?:thông báo|gửi)\s+(?:để|cho)\s[^;]{1,80}\sbiết(?:\s*,)?(?:\s+(?:và|để))?(?:\s+(?:thực hiện|phối hợp|theo dõi))?\s*$/u;

/** "…, UBND tỉnh đã ban hành …": a later comma part whose subject is a body that reports. */
function reportsAfterFrame(body: string): boolean {
  if (MODAL.test(body)) return false;
  const parts = body.split(',');
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i].trimStart();
    // "UBND tỉnh đã đề ra" alone qualifies a noun; a report goes on to its object.
    if (isAssigneeStart(part) && reportsSubject(part) && /(?:đã|vừa)\s+\S+\s+\S+\s+\S+/u.test(part)) return true;
  }
  return false;
}

/**
 * A clause without a written issuer. `hasDeadline`: a deadline date lies inside it ("Kết quả
 * gửi về … trước ngày 20/10"), which marks a task still to be done (§4.3).
 */
function continuation(clause: string, hasDeadline: boolean, inInstruction: boolean): Reading {
  const at = bodyStart(clause);
  const body = clause.slice(at);
  // "Có phương án bố trí giáo viên …": a task stated with "có" and a plan noun, in or out of a list.
  const haveTask = HAVE_TASK.test(body.slice(LIMIT_FRAME.exec(body)?.[0].length ?? 0));
  // "Tăng cường …" is a task, "Tăng 14,74% …" a result.
  if (REPORT_START.test(body) && !ACTION_AT_START.test(body) && !haveTask) return { kind: 'none' };
  // "Quán triệt chỉ đạo …, UBND tỉnh đã ban hành …": a body's past action after the frame.
  if (reportsAfterFrame(maskQuotes(body))) return { kind: 'none' };
  // "… thông báo để các đơn vị, nhân dân biết và thực hiện": a notice's closing formula.
  if (CLOSING_FORMULA.test(body)) return { kind: 'none' };
  // "Chủ tịch UBND xã … cho biết, xã phấn đấu …": a speaker reports (§4.2), no one is tasked.
  if (REPORTED_SPEECH.test(body)) return { kind: 'none' };
  // "Nghiêm cấm các cơ sở … từ chối …": those it forbids are the addressees; "Không để người
  // dân ở lại …" names whom the addressees must stop, not who acts.
  const prohibition = PROHIBITION_START.exec(body);
  if (prohibition) {
    const forbids = /cấm$/iu.test(prohibition[0]);
    const assignees = forbids ? addresseesAt(clause, at + prohibition[0].length) : [];
    return { kind: 'continuation', form: assignees.length > 0 ? 'addressed' : 'imperative', assignees };
  }
  const cue = CUE_AT_START.exec(body);
  if (cue) {
    const assignees = addresseesAt(clause, at + cue[0].length);
    return { kind: 'continuation', form: assignees.length > 0 ? 'addressed' : 'imperative', assignees };
  }
  const masked = maskQuotes(body);
  const modal = MODAL.exec(masked);
  // "Hội nghị … dự kiến tổ chức vào tháng 5": a schedule, not a task.
  const schedule = SCHEDULE.exec(masked);
  if (schedule && (modal === null || schedule.index < modal.index)) return { kind: 'none' };
  const pastBeforeModal =
    modal !== null && /(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/u.test(masked.slice(0, modal.index).split(',').pop() ?? '');
  const imperative = ACTION_AT_START.test(body);
  const addressed =
    isAssigneeStart(body) && (modal !== null || ACTION_ANYWHERE.test(masked)) && !reportsSubject(masked);
  const obligation = (modal !== null && !pastBeforeModal) || hasDeadline;
  // Items "(2) …", "Thứ ba, …" of a list that an instruction opened are its tasks.
  const listItem = LIST_MARKER.test(clause);
  // A ";"-part of an instruction's sentence that opens with a verb (not a noun phrase) is
  // one more task of it, whatever the verb ("…; phân bổ nguồn ủng hộ công khai").
  const nextPart = inInstruction && /^\p{Ll}/u.test(body) && !NOUN_START.test(body);
  if (!imperative && !addressed && !obligation && !listItem && !nextPart && !haveTask) return { kind: 'none' };
  let assignees = subjectAssignees(clause, at);
  // "Đối với UBND các huyện, chủ động kiểm tra …": the frame names who the task is for.
  if (assignees.length === 0) assignees = frameAddressees(clause);
  // A passive obligation ("… phải được nạo vét xong") is a task of whoever the sentence tasked.
  const passive =
    modal !== null && /^\s*(?:phải|cần)?\s*được(?![\p{L}])/u.test(masked.slice(modal.index + modal[0].length));
  const form: ContinuationForm =
    assignees.length > 0
      ? 'addressed'
      : imperative || passive || listItem || nextPart || haveTask
        ? 'imperative'
        : 'obligation';
  const byForm = haveTask && !imperative && !addressed && !obligation && !listItem && !nextPart;
  return { kind: 'continuation', form, assignees, ...(byForm ? { byForm } : {}) };
}

// "Đối với UBND các huyện, …", "Riêng các xã, …": a frame that names bodies, before a task.
const FRAME_OF_ADDRESSEE = /^(?:[Đđ]ối với|[Rr]iêng|[Vv]ới)\s+([^,;:]{2,80}?)\s*,\s*/u;

/** Bodies a topic frame names at the start of a clause (after markers and connectors). */
function frameAddressees(clause: string): string[] {
  let at = 0;
  for (let guard = 0; guard < 3; guard++) {
    const step = CONNECTOR.exec(clause.slice(at))?.[0].length ?? 0;
    if (step === 0) break;
    at += step;
  }
  const frame = FRAME_OF_ADDRESSEE.exec(clause.slice(at));
  if (frame === null || !isAssigneeStart(frame[1])) return [];
  return splitAssignees(collapse(frame[1]));
}

// A clause without a written issuer ("Yêu cầu …", "Tăng cường …") continues the chain.
function read(
  clause: string,
  deadline: DateMention | null,
  published: string | null,
  inInstruction: boolean,
  opensList: boolean,
): Reading {
  const openDeadline = deadline !== null && published !== null && periodEnd(deadline.iso) > published;
  return explicitInstruction(clause, opensList, openDeadline) ?? continuation(clause, deadline !== null, inInstruction);
}

/** Last day (YYYY-MM-DD) of a date's ISO form: a day, a month "2024-11", a quarter "2025-Q1" or a year. */
export function periodEnd(iso: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/u.exec(iso);
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}-31`;
  if (/^\d{4}$/u.test(iso)) return `${iso}-12-31`;
  if (/^\d{4}-\d{2}$/u.test(iso)) return `${iso}-31`;
  return iso.slice(0, 10);
}

// Verbs of publishing a notice, which end the addressee before them as the task verbs do.
const NOTICE_VERB = /(?<![\p{L}])(?:thông báo|đăng tải|niêm yết|phát sóng|phát thanh)(?![\p{L}])/u;

/**
 * "Giao Trung tâm Văn hóa; Cổng thông tin điện tử huyện tổ chức …" (one clause after the
 * merge): the bodies after the ";", up to the task verb, are addressees as well.
 */
function listedAfterSemicolon(clause: string): string[] {
  const semicolon = clause.indexOf(';');
  if (
    semicolon < 0 ||
    !onlyCueAndAddressee(clause, { start: 0, end: semicolon, sentence: 0, paragraph: 0, opensSentence: true })
  )
    return [];
  const rest = clause.slice(semicolon + 1);
  const verb = ACTION_ANYWHERE.exec(rest) ?? NOTICE_VERB.exec(rest);
  if (verb === null) return [];
  const phrase = collapse(rest.slice(0, verb.index)).replace(/[\s,]+$/u, '');
  return phrase && /^\p{Lu}/u.test(phrase) && phrase.length <= 80 ? [phrase] : [];
}

/** A clause that is only a cue and its addressees ("Giao Trung tâm Văn hóa, thể thao"), no task yet. */
function onlyCueAndAddressee(text: string, clause: Clause): boolean {
  const written = text.slice(clause.start, clause.end);
  const at = bodyStart(written);
  const cue = CUE_AT_START.exec(written.slice(at));
  if (!cue) return false;
  const rest = written.slice(at + cue[0].length).trim();
  return isAddresseeStart(rest) && !ACTION_ANYWHERE.test(rest) && !MODAL.test(rest) && rest.length < 100;
}

/** Join ";"-parts that only list more objects of the clause before ("…; các chương trình …"). */
function mergeListParts(text: string, clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    const previous = out[out.length - 1];
    const written = text.slice(clause.start, clause.end);
    // "5. Giao Trung tâm Văn hóa …; Cổng thông tin điện tử huyện tổ chức …": a ";"-list of
    // addressees inside one clause (guide, Readings · Directives), not two tasks.
    const addresseesOnly =
      previous !== undefined && previous.sentence === clause.sentence && onlyCueAndAddressee(text, previous);
    const listsMore =
      previous !== undefined &&
      !clause.opensSentence &&
      previous.sentence === clause.sentence &&
      LIST_CONTINUATION.test(written) &&
      !isAssigneeStart(written) &&
      !MODAL.test(maskQuotes(written));
    if (listsMore || addresseesOnly) out[out.length - 1] = { ...previous, end: clause.end };
    else out.push(clause);
  }
  return out;
}

/** Split "(1) …, (2) …" written in one clause into one clause per numbered task. */
function splitNumberedItems(text: string, clause: Clause): Clause[] {
  const written = text.slice(clause.start, clause.end);
  const markers = [...written.matchAll(/\(\s*(\d{1,2})\s*\)/g)];
  const firstIndex = markers.findIndex((m) => m[1] === '1');
  if (firstIndex < 0 || markers.length - firstIndex < 2) return [clause];
  const pieces: Clause[] = [];
  let start = clause.start;
  let expected = 2;
  for (const marker of markers.slice(firstIndex + 1)) {
    if (Number(marker[1]) !== expected) break;
    const at = clause.start + marker.index;
    const end = text.slice(start, at).replace(/[\s,.:;]+$/u, '').length + start;
    pieces.push({ ...clause, start, end, opensSentence: pieces.length === 0 && clause.opensSentence });
    start = at;
    expected++;
  }
  pieces.push({ ...clause, start, end: clause.end, opensSentence: false });
  return pieces;
}

function clausesOf(text: string, paragraphs: readonly TextRange[]): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  paragraphs.forEach((paragraph, index) => {
    const own = splitParagraph(text, paragraph.start, paragraph.end, index, sentence);
    if (own.length > 0) sentence = own[own.length - 1].sentence + 1;
    clauses.push(...own);
  });
  return mergeListParts(text, clauses).flatMap((clause) => splitNumberedItems(text, clause));
}

/** The written form of a string read on the canonical text (same length, other tone places). */
function asWritten(found: string, canonicalScope: string, writtenScope: string): string {
  const pattern = found.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const match = new RegExp(pattern, 'u').exec(canonicalScope);
  return match ? collapse(writtenScope.slice(match.index, match.index + match[0].length)) : found;
}

function deadlineWithin(span: TextRange, dates: readonly DateMention[]): DateMention | null {
  return dates.find((d) => d.deadline && d.start >= span.start && d.end <= span.end) ?? null;
}

function directiveOf(
  text: string,
  clause: Clause,
  issuer: string | null,
  assignees: string[],
  dates: readonly DateMention[],
  rule: RuleName,
): Directive {
  const deadline = deadlineWithin(clause, dates);
  return {
    text: text.slice(clause.start, clause.end),
    start: clause.start,
    end: clause.end,
    issuer,
    assignees,
    deadline: deadline ? deadline.text : null,
    deadlineIso: deadline ? deadline.iso : null,
    rules: [trace(rule)],
  };
}

interface Chain {
  issuer: string | null;
  assignees: string[];
  /** The addressees are named bodies: they carry only to the other clauses of their sentence. */
  named: boolean;
  sentence: number;
}

/**
 * The instruction context a lead-in opens (guide, Readings · Directives): a list of tasks
 * after "… yêu cầu các sở, ngành:", or the rest of a speech quoted after "… nhấn mạnh: “".
 * It lives across sentences, items and paragraphs, survives captions, headings and one stray
 * clause, and closes on a new speaker, a report, or the end of the quote.
 */
interface OpenContext extends Chain {
  kind: 'list' | 'quote';
  strays: number;
  paragraph: number;
  /** Start of the clause that opened it. */
  openedAt: number;
}

/** Addressees a continuation takes from the chain when it names none itself. */
function inherited(chain: Chain, form: ContinuationForm, sentence: number): string[] {
  if (!chain.named) return chain.assignees;
  return form === 'imperative' && sentence === chain.sentence ? chain.assignees : [];
}

// A caption or subheading: a whole short paragraph without a sentence's final punctuation.
// It neither gives a task (headlines and subheadings are not directives) nor ends a list.
function isHeadingOrCaption(text: string, clause: Clause, paragraph: TextRange): boolean {
  if (paragraph.end - paragraph.start > 200) return false;
  const whole = text.slice(paragraph.start, paragraph.end).trim();
  if (clause.start > paragraph.start + 3 || LIST_MARKER.test(whole) || CUE_AT_START.test(whole)) return false;
  return !/[.!?;:…"”)]$/u.test(whole) || /^(?:Ảnh|Ảnh minh họa)\s*:/u.test(whole);
}

// A clause that turns away from the instructions: another speaker reports, a report of
// results ("Hiện nay, các huyện đã …"; the present state alone is one stray clause), a time
// frame in the past.
const TURN_AWAY =
  /^(?:Theo báo cáo|Báo cáo|Kết quả|Qua (?:đó|kiểm tra|rà soát)|Được biết|Trước đó|Thời gian qua|Hiện (?:nay|tại),[^,.;]*(?<![\p{L}])(?:đã|vừa|đạt|được)(?![\p{L}])|Dự hội nghị|Tham dự|Cùng dự|Tại (?:hội nghị|buổi|phiên|cuộc)|(?:Trong|Sau)\s+(?:\d+\s+)?(?:năm|tháng|quý)\s[^,]{0,30}(?:qua|vừa qua|đầu năm)|Năm\s+\d{4},|Năm\s+qua|Tính đến|Đến nay|Từ đầu năm)/u;

function turnsAway(body: string): boolean {
  return TURN_AWAY.test(body) || RETROSPECTIVE.test(body.split(',')[0]) || REPORTED_SPEECH.test(body);
}

// "có phương án bố trí giáo viên", "có kế hoạch …": a task stated with "có" and a plan noun.
const HAVE_TASK =
  /^[Cc]ó\s+(?:phương án|kế hoạch|giải pháp|biện pháp|cơ chế|chính sách|lộ trình|văn bản|hướng dẫn|quy định|chương trình|đề án|báo cáo|ý kiến|đánh giá)(?![\p{L}])/u;
// Openings of a clause that name a subject or a circumstance, not a bare-verb task.
const NOT_A_TASK_START =
  /^(?:[Hh]ội (?:nghị|thảo)|[Bb]uổi|[Dd]ự án|[Cc]hương trình|[Cc]ông trình|[Tt]ình hình|[Hh]iện (?:nay|tại)|[Đđ]ây|[Đđ]iều (?:này|đó)|[Tt]hời gian|[Mm]ục tiêu|[Nn]hiều|[Mm]ột số|[Tt]oàn (?:tỉnh|huyện|thành phố|xã|ngành)|[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Aa]nh|[Cc]hị|[Nn]gười|[Pp]hóng viên|[Ảả]nh|[Ss]ố liệu|[Tt]ổng số|[Tt]ỷ lệ|[Gg]iá trị|[Ss]ản lượng|[Mm]ức|[Đđ]ợt|[Cc]uộc|[Pp]hiên|[Kk]ỳ họp|[Ll]ễ|[Nn]hà nước|[Nn]goài ra|[Cc]húng ta|[Cc]húng tôi|[Tt]ôi|[Tt]heo|[Tt]ại|[Tt]rong|[Vv]ới|[Vv]ề|[Dd]o|[Vv]ì|[Nn]ên|[Nn]hưng|[Tt]uy|[Mm]ặc dù|[Ss]au|[Tt]rước|[Kk]hi|[Nn]ếu|[Tt]ừ|[Đđ]ến|[Nn]ăm|[Tt]háng|[Nn]gày|[Qq]uý|[Tt]uần|[Hh]ôm|[Ss]áng|[Cc]hiều|[Tt]ối|[Mm]ỗi|[Tt]ất cả|[Cc]ả|[Kk]ết quả|[Cc]ác|[Nn]hững|[Mm]ọi|[Tt]ỉnh|[Hh]uyện|[Xx]ã|[Tt]hành phố|[Tt]hị xã|[Đđ]ịa phương)(?![\p{L}])/u;
const STARTS_WITH_NUMBER = /^[\d(]/u;
// A time limit before a bare-verb task ("Trong tháng 3, phê duyệt …", "Trước ngày 10/3, gửi …").
const LIMIT_FRAME =
  /^(?:[Tt]rong|[Tt]rước|[Cc]hậm nhất|[Đđ]ến|[Tt]ừ nay đến|[Nn]gay trong)\s[^,;:]{0,30}(?:ngày|tháng|quý|năm|tuần)\s*[^,;:]{0,15},\s*/u;

/** Is a clause that no cue or lexicon verb reads a task of the list it stands in, by its form? */
function taskByForm(clause: string): boolean {
  if (LIST_MARKER.test(clause)) return !/:\s*$/u.test(clause);
  let body = clause.slice(bodyStart(clause));
  body = body.slice(LIMIT_FRAME.exec(body)?.[0].length ?? 0);
  if (HAVE_TASK.test(body)) return true;
  const words = body.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  if (words.length < 3 || STARTS_WITH_NUMBER.test(body)) return false;
  // "Số hóa hồ sơ …": a capital, then lower case (a proper name capitalises its second syllable too).
  if (!/^\p{L}[\p{L}\p{M}]*\s+\p{Ll}/u.test(body)) return false;
  if (NOT_A_TASK_START.test(body) || REPORT_START.test(body) || isAssigneeStart(body)) return false;
  // A past or passive marker early on reports ("Hoàn thành đã …" never opens a task).
  return !/(?<![\p{L}])(?:đã|vừa|đang|được|là)(?![\p{L}])/u.test(words.slice(0, 4).join(' '));
}

// "Chủ tịch HĐND huyện thông báo … như sau:", "UBND tỉnh có ý kiến như sau:": who speaks
// in the items that follow. "có ý kiến", "kết luận" announce instructions; "thông báo"
// announces a notice whose items are tasks only when they carry a cue.
const SPEAKER_LEAD =
  /(?<![\p{L}])(thông báo|kết luận|có ý kiến(?:\s+chỉ đạo)?)(?![\p{L}])[^:;]{0,80}?(?:như sau|sau đây)?\s*$/u;

const INLINE_LEAD =
  /^(.*?(?:có ý kiến(?:\s+chỉ đạo)?|kết luận|thông báo)[^:;]{0,60}?\s+(?:như sau|sau đây))\s*:\s*(?=\S)/u;

// "Phó Chủ tịch UBND tỉnh … có ý kiến chỉ đạo về việc bảo đảm …." closing its paragraph: the
// instructions follow in the next paragraphs, each opening with its cue ("Giao Sở …").
const ANNOUNCED_INSTRUCTIONS =
  /(?<![\p{L}])có\s+(?:ý kiến|văn bản|công văn)\s+chỉ đạo(?:\s+(?:về việc|về|đối với)\s[^:;]{1,200})?$/u;

function announcedInstructions(
  canonical: string,
  clause: Clause,
  paragraph: TextRange,
): { issuerStart: number; issuerEnd: number; instructs: boolean } | null {
  if (clause.end < paragraph.end - 2) return null;
  const announcement = ANNOUNCED_INSTRUCTIONS.exec(canonical.replace(/[.\s]+$/u, ''));
  if (announcement === null) return null;
  const prefix = canonical.slice(0, announcement.index).replace(FILLERS_AT_END, '');
  const start = issuerStart(prefix);
  // Listed tasks are read as a notice's (by their cue), not as a list any clause continues.
  return start < 0 ? null : { issuerStart: start, issuerEnd: prefix.trimEnd().length, instructs: false };
}

function speakerLead(clause: string): { issuerStart: number; issuerEnd: number; instructs: boolean } | null {
  const lead = SPEAKER_LEAD.exec(clause);
  if (lead === null) return null;
  const prefix = clause.slice(0, lead.index).replace(FILLERS_AT_END, '');
  const instructs = lead[1] !== 'thông báo';
  const start = issuerStart(prefix);
  if (start >= 0) return { issuerStart: start, issuerEnd: prefix.trimEnd().length, instructs };
  // "Chủ tịch HĐND huyện … khóa XIX, nhiệm kỳ 2016-2021 thông báo": the chain the clause opens with.
  const opening = issuerAtStart(clause);
  return opening ? { issuerStart: 0, issuerEnd: opening.length, instructs } : null;
}

/** Is a quote opened in `s` and not closed again? */
function opensQuote(s: string): boolean {
  const opened = (s.match(/“/gu)?.length ?? 0) - (s.match(/”/gu)?.length ?? 0);
  return opened > 0 || (s.match(/"/gu)?.length ?? 0) % 2 === 1;
}

/**
 * Directives in the article paragraphs of `text` (canonical form, read by the rules), in
 * order; spans, issuers and addressees are reported as `written` (same length: the input's
 * NFC form). `dates` give the deadlines: the first deadline date inside a directive's span.
 * `published` (ISO day) tells a past-reported assignment whose deadline is still ahead.
 */
export function findDirectives(
  text: string,
  paragraphs: readonly TextRange[],
  dates: readonly DateMention[],
  written: string = text,
  published: string | null = null,
): Directive[] {
  const mentions: Mention[] = paragraphs.flatMap((p) => findMentions(text, p.start, p.end));
  const directives: Directive[] = [];
  // The instruction a continuation belongs to: its issuer and the addressees it hands on.
  let chain: Chain | null = null;
  // The list or quote a lead-in opened, which outlives a stray clause (see OpenContext).
  let open: OpenContext | null = null;
  // Who speaks: the last issuer or notice author, for items that open with a cue ("4. Giao …").
  let speaker: string | null = null;
  // The paragraph the last explicit instruction was read in.
  let speakerParagraph = -1;
  // A notice is being read ("… thông báo … như sau:"): its items that open with a cue are its orders.
  let inNotice = false;
  const resolve = (chainText: string, at: number, fallback: string): string => {
    const mention = antecedent(chainText, at, mentions);
    // "đồng chí Hoàng Văn A, Bí thư Tỉnh ủy": the form of address is not part of the issuer.
    return (mention ? collapse(written.slice(mention.start, mention.end)) : collapse(fallback)).replace(
      /^[Đđ]ồng chí\s+(?=\p{Lu})/u,
      '',
    );
  };

  const clauses = clausesOf(text, paragraphs);
  for (const whole of clauses) {
    // "UBND tỉnh có ý kiến như sau: Sở Nội vụ chủ trì …": the lead-in sets who speaks, the
    // rest of the clause is the first task.
    const inline = INLINE_LEAD.exec(text.slice(whole.start, whole.end));
    const lead = inline ? speakerLead(inline[1]) : null;
    let clause = whole;
    if (inline && lead) {
      speaker = resolve(
        text.slice(whole.start + lead.issuerStart, whole.start + lead.issuerEnd),
        whole.start,
        written.slice(whole.start + lead.issuerStart, whole.start + lead.issuerEnd),
      );
      inNotice = true;
      chain = null;
      open = lead.instructs
        ? {
            issuer: speaker,
            assignees: [],
            named: false,
            sentence: whole.sentence,
            kind: 'list',
            strays: 0,
            paragraph: whole.paragraph,
            openedAt: whole.start,
          }
        : null;
      clause = { ...whole, start: whole.start + inline[0].length, opensSentence: true };
    }
    const canonical = text.slice(clause.start, clause.end);
    const paragraph = paragraphs[clause.paragraph];
    if (open && open.kind === 'quote' && clause.paragraph !== open.paragraph) open = null;
    // "2. Về tái canh cây điều:" names the topic of the tasks listed under it: the instruction
    // goes on through it.
    const opensList = /^\s*:/u.test(text.slice(clause.end, paragraph.end));
    if ((chain || open) && TOPIC_HEADING.test(canonical) && /^\s*:\s*$/u.test(text.slice(clause.end, paragraph.end)))
      continue;
    const clauseWritten = written.slice(clause.start, clause.end);
    const inInstruction = chain !== null && !clause.opensSentence && chain.sentence === clause.sentence;
    const reading = read(canonical, deadlineWithin(clause, dates), published, inInstruction, opensList);
    const writtenAssignees = (assignees: string[]) => assignees.map((a) => asWritten(a, canonical, clauseWritten));
    const chainText =
      reading.kind === 'explicit'
        ? canonical.slice(reading.instruction.issuerStart, reading.instruction.issuerEnd)
        : '';
    const heading = isHeadingOrCaption(text, clause, paragraph);
    const base: Chain | null = chain ?? open;
    if (
      reading.kind === 'explicit' &&
      base &&
      LIST_MARKER.test(canonical) &&
      !namesPerson(chainText) &&
      isAssigneeStart(chainText)
    ) {
      // "(2) Đảng ủy UBND thành phố chỉ đạo rà soát …" in a list of tasks: the body that directs
      // its own units is the addressee of the task, not a new issuer.
      const assignees = [collapse(clauseWritten.slice(reading.instruction.issuerStart, reading.instruction.issuerEnd))];
      chain = { issuer: base.issuer, assignees, named: !isCollective(assignees), sentence: clause.sentence };
      directives.push(directiveOf(written, clause, base.issuer, assignees, dates, 'directive.lead-in-list'));
    } else if (reading.kind === 'explicit') {
      const { instruction } = reading;
      const issuer = resolve(
        chainText,
        clause.start,
        clauseWritten.slice(instruction.issuerStart, instruction.issuerEnd),
      );
      if (instruction.needsTopIssuer && !TOP_ISSUER.test(issuer)) {
        chain = null;
        continue;
      }
      const assignees = writtenAssignees(instruction.assignees);
      chain = { issuer, assignees, named: !isCollective(assignees), sentence: clause.sentence };
      speaker = issuer;
      speakerParagraph = clause.paragraph;
      const rest = written.slice(clause.start, paragraph.end);
      const quoteOpens = opensQuote(rest.slice(0, clause.end - clause.start + 2));
      if (opensList || (instruction.leadInOnly && !quoteOpens))
        open = { ...chain, named: false, kind: 'list', strays: 0, paragraph: clause.paragraph, openedAt: clause.start };
      else if (quoteOpens)
        open = { ...chain, kind: 'quote', strays: 0, paragraph: clause.paragraph, openedAt: clause.start };
      else open = null;
      const span = { ...clause, start: clause.start + instruction.spanFrom };
      if (!instruction.leadInOnly) directives.push(directiveOf(written, span, issuer, assignees, dates, reading.rule));
    } else if (reading.kind === 'continuation' && base) {
      // A caption or subheading between the tasks is no task, and does not end them.
      if (heading) continue;
      const own = writtenAssignees([...reading.assignees, ...listedAfterSemicolon(canonical)]);
      // "(2) phối hợp với UBND cấp xã …": the partners join the addressees the task inherits.
      const partners = own.length > 0 ? [] : writtenAssignees(coAssignees(canonical, bodyStart(canonical)));
      const fromList = chain === null && open !== null;
      // A new item of a lead-in's list (its own paragraph) is for the lead-in's addressees, not
      // for the subject an item before it named ("…; các xã lập danh sách …" / "Tăng cường …").
      const newItem =
        open !== null &&
        open.kind === 'list' &&
        open.assignees.length > 0 &&
        !text.slice(paragraph.start, clause.start).trim() &&
        reading.form === 'imperative';
      const assignees: string[] =
        own.length > 0
          ? own
          : (fromList || newItem) && open
            ? open.assignees
            : inherited(base, reading.form, clause.sentence);
      chain = { issuer: base.issuer, assignees, named: !isCollective(assignees), sentence: clause.sentence };
      if (open) open.strays = 0;
      const rule: RuleName = reading.byForm
        ? 'directive.task-by-form'
        : fromList
          ? open?.kind === 'quote'
            ? 'directive.quoted-speech'
            : 'directive.lead-in-list'
          : 'directive.chain-continuation';
      // The partners of one task are not addressees of the next.
      directives.push(directiveOf(written, clause, base.issuer, [...assignees, ...partners], dates, rule));
    } else if (
      reading.kind === 'continuation' &&
      (inNotice || (speakerParagraph === clause.paragraph && clause.opensSentence && reading.assignees.length > 0)) &&
      speaker !== null &&
      CUE_AT_START.test(canonical.slice(bodyStart(canonical)))
    ) {
      // "… Chủ tịch huyện cũng biểu dương xã A. Giao cho Công an huyện kiểm tra …": a sentence
      // opening with a cue and its addressee, in the paragraph where the leader speaks, is the
      // leader's even after a sentence of praise or report.
      // "4. Giao UBND các xã …" in a notice: an instruction of whoever speaks in it.
      if (heading) continue;
      const assignees = writtenAssignees([...reading.assignees, ...listedAfterSemicolon(canonical)]);
      chain = { issuer: speaker, assignees, named: !isCollective(assignees), sentence: clause.sentence };
      directives.push(directiveOf(written, clause, speaker, assignees, dates, 'directive.cue-opening'));
    } else {
      chain = null;
      const listLead = opensList ? speakerLead(canonical) : null;
      const lead = listLead ?? announcedInstructions(canonical, clause, paragraph);
      if (lead) {
        speaker = resolve(
          canonical.slice(lead.issuerStart, lead.issuerEnd),
          clause.start,
          clauseWritten.slice(lead.issuerStart, lead.issuerEnd),
        );
        inNotice = true;
        open = lead.instructs
          ? {
              issuer: speaker,
              assignees: [],
              named: false,
              sentence: clause.sentence,
              kind: 'list',
              strays: 0,
              paragraph: clause.paragraph,
              openedAt: clause.start,
            }
          : null;
        continue;
      }
      const body = canonical.slice(bodyStart(canonical));
      if (turnsAway(body)) inNotice = false;
      if (!open || heading) continue;
      if (turnsAway(body) || reportsSubject(maskQuotes(body))) {
        open = null;
      } else if (open.kind === 'list' && taskByForm(canonical)) {
        const own = writtenAssignees(subjectAssignees(canonical, bodyStart(canonical)));
        const assignees = own.length > 0 ? own : open.assignees;
        open.strays = 0;
        directives.push(directiveOf(written, clause, open.issuer, assignees, dates, 'directive.task-by-form'));
      } else if (open.kind === 'list' && ++open.strays > 1) {
        open = null;
      }
    }
    // A quote closes with its closing mark: the speech, and its context, end there.
    if (
      open &&
      open.kind === 'quote' &&
      open.openedAt !== clause.start &&
      /[”"]/u.test(written.slice(clause.start, Math.min(paragraph.end, clause.end + 3)))
    )
      open = null;
  }
  const attributed = attributedAfterwards(text, written, paragraphs, clauses, directives, dates, (chain, at) =>
    resolve(chain, at, written.slice(at, at + chain.length)),
  );
  return attributed.length === 0 ? directives : [...directives, ...attributed].sort((a, b) => a.start - b.start);
}

// An instruction told first, its source named by the next words: a quote followed by "Đó là
// chỉ đạo của <issuer>", by "- Là (một trong những) nội dung … trong phát biểu của <issuer>",
// or a sentence followed by "Đây là yêu cầu của <issuer>" (guide, Readings · Directives:
// quotes before their attribution). The match ends where the issuer chain starts.
const ATTRIBUTION_AFTER =
  /(?:^|(?<=[.!?”"…]\s*)|(?<=[”"]\s*[-–—]\s*))(?:[Đđ]ây|[Đđ]ó|[Ll]à)\s+(?:là\s+)?(?:một trong những\s+)?[^.;:!?]{0,60}?(?<![\p{L}])(?:chỉ đạo|yêu cầu|kết luận|ý kiến chỉ đạo|phát biểu(?:\s+(?:kết luận|chỉ đạo))?)(?:\s+(?:trọng tâm|quan trọng|chính))?\s+của\s+(?:[Đđ]ồng chí\s+)?(?=\p{Lu})/gu;

/** Where the quote closed at `close` opens, over quotes nested inside it ("… “7 dám” …"). */
function openingQuote(s: string, close: number): number {
  if (s[close] === '"') return s.slice(0, close).lastIndexOf('"');
  let depth = 0;
  for (let i = close - 1; i >= 0; i--) {
    if (s[i] === '”') depth++;
    else if (s[i] === '“' && depth-- === 0) return i;
  }
  return -1;
}

/** The quote or the sentence right before `at` in its paragraph, as a range. */
function attributedRange(text: string, paragraph: TextRange, at: number): TextRange {
  const before = text.slice(paragraph.start, at).replace(/[\s\-–—]+$/u, '');
  const end = paragraph.start + before.length;
  const closing = /[”"][.]?$/u.exec(before);
  if (closing) {
    const open = openingQuote(before, closing.index);
    if (open >= 0) return { start: paragraph.start + open + 1, end: paragraph.start + closing.index };
  }
  const sentenceStart = Math.max(before.slice(0, -1).lastIndexOf('. '), -2) + 2;
  return { start: paragraph.start + sentenceStart, end };
}

/** The clauses inside `range`, cut at its ";" too (a quote is one clause to the splitter). */
function partsWithin(
  text: string,
  clauses: readonly Clause[],
  range: TextRange,
): { clause: Clause; start: number; end: number }[] {
  const parts: { clause: Clause; start: number; end: number }[] = [];
  for (const clause of clauses) {
    const from = Math.max(clause.start, range.start);
    const end = Math.min(clause.end, range.end);
    if (end <= from) continue;
    let start = from;
    for (const semicolon of text.slice(from, end).matchAll(/;\s*/gu)) {
      const at = from + semicolon.index;
      parts.push({ clause, start, end: at });
      start = at + semicolon[0].length;
    }
    parts.push({ clause, start, end });
  }
  // A quote nested in the attributed one ("“Dám nghĩ; dám làm …”") lists a slogan, not tasks.
  return parts.filter((part) => !opensQuote(text.slice(range.start, part.start)));
}

/** Directives told before the sentence that attributes them, with that issuer. */
function attributedAfterwards(
  text: string,
  written: string,
  paragraphs: readonly TextRange[],
  clauses: readonly Clause[],
  found: readonly Directive[],
  dates: readonly DateMention[],
  resolveIssuer: (chain: string, at: number) => string,
): Directive[] {
  const out: Directive[] = [];
  // Clauses by paragraph, built on the first attribution: the scan stays linear in the text.
  let byParagraph: Map<number, Clause[]> | null = null;
  paragraphs.forEach((paragraph, index) => {
    const own = text.slice(paragraph.start, paragraph.end);
    for (const match of own.matchAll(ATTRIBUTION_AFTER)) {
      if (byParagraph === null) {
        const grouped = new Map<number, Clause[]>();
        for (const clause of clauses) grouped.set(clause.paragraph, [...(grouped.get(clause.paragraph) ?? []), clause]);
        byParagraph = grouped;
      }
      const chainAt = paragraph.start + match.index + match[0].length;
      const chain = issuerAtStart(text.slice(chainAt, Math.min(paragraph.end, chainAt + 200)));
      if (!chain) continue;
      const issuer = resolveIssuer(chain, chainAt);
      const range = attributedRange(text, paragraph, paragraph.start + match.index);
      let carried: string[] = [];
      let lastSentence = -1;
      for (const { clause, start, end } of partsWithin(text, byParagraph.get(index) ?? [], range)) {
        if (end - start < 12 || found.some((d) => d.start < end && start < d.end)) continue;
        const canonical = text.slice(start, end);
        const masked = maskQuotes(canonical);
        // "tinh thần là …": a part that says what something is gives no task.
        if (!MODAL.test(masked) && isAssessment(masked)) continue;
        const inSentence = clause.sentence === lastSentence;
        const reading = continuation(canonical, deadlineWithin({ start, end }, dates) !== null, inSentence);
        if (
          reading.kind !== 'continuation' ||
          (reading.form === 'imperative' && !inSentence && !ACTION_AT_START.test(canonical))
        )
          continue;
        const writtenClause = written.slice(start, end);
        const named = reading.assignees.map((a) => asWritten(a, canonical, writtenClause));
        const partners = coAssignees(canonical, bodyStart(canonical)).map((a) =>
          asWritten(a, canonical, writtenClause),
        );
        const assignees = named.length > 0 ? [...named, ...partners] : carried;
        carried = assignees;
        lastSentence = clause.sentence;
        out.push(
          directiveOf(written, { ...clause, start, end }, issuer, assignees, dates, 'directive.attributed-afterwards'),
        );
      }
    }
  });
  return out;
}
