import rule from '../../src/core/rules/disguised-words.ts';
import { testDocsExamples } from './docsExamples.ts';
import { ruleTester } from './ruleTester.ts';

const SALAD = 'online pharmacy cheap pills fast delivery best quality meds doctors trust worldwide shipping secure order today discreet package savings every month buy more save more';

ruleTester(rule, {
  good: [
    'c u 2day at 3pm? b4 the Q3 review any1 can join',
    'Flight MH370 notes, the B2B plan, 1Gb of storage and mp3 export.',
    'gr8 news, l8r we can celebrate 4ever',
    'The H2O bottle and i18n work ship on the 2nd.',
    'Thanks @grant11baker, ref cspxmbpet01dhc6g36khwjep is in example.com/a1b2c3d.',
    'I have a long list of things to do and I will get to them all in time, I promise you that much my friend.',
    { text: 'The pipe is 0.5 inches; the account is 0x1f3a and the code 00abc.', name: 'numbers and hex start with 0' },
    { text: 'Sing the A B C D E F G song with me.', name: 'the alphabet recited' },
    { text: 'Call me at 5 5 5 1 2 or see J. R. R. Tolkien, the U.S.A. and T-Mobile.', name: 'digits, initials and brands' },
    { text: 'Ask @n.r.a.d.a, e.g. on the U.S.A.F. page, or read the a.k.a. list.', name: 'a dotted handle, abbreviations and initials' },
    {
      text: 'sounds good to me\nsee you at the cafe then\nbring the slides if you have them\nand the notes from the call',
      name: 'a casual reply wrapped over lines carries the small words of grammar',
    },
    { text: 'agenda\nbudget review\nhiring plan', name: 'a short list of lower-case lines' },
    { text: 'man can S I N G', name: 'four letters spelled out for stress' },
    { text: 'Привет, Anna! Ça va? Γεια σου.', name: 'other alphabets in their own words' },
    { text: 'We went skiing near the vacuum plant, then read about the continuum.', name: 'words that double i or u, known to the dictionary or alone' },
    { text: 'Please find the informatiion attached, Louise.', name: 'one doubled letter is a typo' },
    { text: 'fiiiiiinally!!! we missed youuuu', name: 'a voice stretching its words' },
    { text: 'namely opening tags appearing without closing tags and attribute values appearing without surrounding quotation marks.', name: 'a dense phrase that ends its sentence' },
    {
      text: 'i think we should move the meeting to thursday because the team is out on monday and i want everyone to be there when we talk about the budget for next year',
      name: 'a long lower-cased sentence with no punctuation: a person writing, not filler',
    },
    { text: 'Take the bus to the London Business Academy(glass house)ask for Tonia, and kidnap your stress;Kill your strain.', name: 'a bracket or semicolon typed without its space' },
    { text: 'The patch is in pkz300b.zip and the rx300h manual.', name: 'a model or file number' },
    { text: 'See the paper on the legislaciF3n espaF1ola, then meet us in GF6teborg.', name: 'accented letters mangled by a lost quoted-printable "="' },
  ],
  bad: [
    { text: 'Cheap [[V1agra]] and [[C1alis]], no prescription.', messageId: 'disguised' },
    { text: '[[Or32der]] our [[pr0duct]] [[Onlin0e]] today.' },
    { text: 'Click to [[Sa35ve]] now.' },
    { text: 'Get [[Xan)ax]] and [[Valiu;m]] at our [[Pha*rmacy]], no [[remov(ed]] fees.', messageId: 'disguised', name: 'a symbol inside one word, a bracket left unpaired' },
    { text: `Hello. [[${SALAD}]].`, messageId: 'salad', name: 'a run of filler words with no punctuation' },
    { text: 'Look at this: [[Valliuum]] 169.00, [[Viiagra]] 199.00. [[Satisfactiionnss]] guaranteed.', messageId: 'stretched', name: 'letters doubled where English does not double them' },
    { text: 'New low priced packages are here for you. [[assign slug aesthete blissful scoria typify conclusion anselm yow constitution upstream cit spectroscope trolley]]', messageId: 'salad', name: 'a shorter run of filler that just stops' },
    { text: 'Get your [[C O L L E G E]] degree today and you will have the job you want in a few weeks.', messageId: 'spaced' },
    { text: 'New [[C_I_A_L_I_S]] soft tabs and [[V-i-a-g-r-a]].', messageId: 'spaced' },
    { text: '[[M.E.R.I.D.I.A]] 10 mg, 30 pills, and a no [[o.b.l.i.g.a.t.i.o.n]] quote.', messageId: 'spaced', name: 'letters set apart by full stops' },
    {
      text: '[[degree left central ran\nenough us has writer twice\nready develop year criticize]]',
      messageId: 'salad',
      name: 'filler wrapped over lines',
    },
    { text: 'Multiple [[0rgasms]] with NO erection loss! [[0rder]] now.', messageId: 'disguised', name: 'a zero for an O opening the word' },
    { text: 'Prevent premature [[ejaculatνon]] at our [[Onlμne]] Pharmacy.', messageId: 'lookAlike', name: 'a Greek letter inside a Latin word' },
  ],
});

testDocsExamples(rule);
