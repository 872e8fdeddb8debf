/**
 * too-many-questions (P3): more questions than the channel's target (Boomerang: 1–3 questions
 * get the most replies, more hurt). A barrage reads like a form, and the reader answers none.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { isRealQuestion } from '../signals/questions.ts';

export default defineRule({
  id: 'too-many-questions',
  category: 'dialogue',
  principle: 'P3',
  severity: 'hint',
  coaching: true,
  weight: 3,
  docs: {
    summary: "Flags questions beyond the channel's target (three for email): keep the one that matters.",
    why: 'One or two real questions invite a reply; a list of them reads like a survey and gets none answered.',
    good: ['How do you plan your Monday report today? Which part takes longest?'],
    bad: ['How big is your team? Which tools do you use? Who approves the budget? When do you plan to decide? What budget do you have for it?'],
  },
  options: {},
  messages: {
    extra: 'Question {position} of {count}: more than {max} questions and the reader answers none. Keep the one that matters.',
  },
  check({ draft, targets }) {
    const questions = draft.sentences.filter((s) => isRealQuestion(draft, s));
    if (questions.length <= targets.maxQuestions) return [];
    return questions.slice(targets.maxQuestions).map(
      (q, i): RuleFinding => ({
        messageId: 'extra',
        data: { position: targets.maxQuestions + i + 1, count: questions.length, max: targets.maxQuestions },
        start: q.start,
        end: q.end,
        suggestions: [
          { kind: 'replace', label: 'Cut this question', replacement: '' },
          { kind: 'advice', label: 'Keep the question you most need answered; turn the rest into statements or save them for the reply.' },
        ],
      }),
    );
  },
});
