/**
 * Dialogue (strengths/): the signs that a draft is written to a person: thanks, an apology, an
 * answer, a question to them, a plan, good wishes, hedges, the writer's own voice, talk as
 * people talk. Regular-expression alternatives (nlp/phrases.ts).
 */
import { patterns } from './lists.ts';
import { WEEKDAYS } from './value.ts';

/** Chat words: people talk like this (talks-like-people), and a reply may open on one (responds). */
const CHAT_WORDS = patterns('dialogue/chat-words', ['lol', 'yeah', 'yep', 'omg']);
/** Thanks in text-message shorthand: both thanks and texting. */
const TEXTED_THANKS = patterns('dialogue/texted-thanks', ['tnx', 'tanx']);

/** answers-them: the draft picks up something the reader said or sent, or promises a reply. */
export const ANSWERS_THEM = patterns('dialogue/answers-them', [
    'your (?:e-?mail|message|note|question|questions|comment|comments|point|points|call|memo|request|letter|reply|text|msg|idea|suggestion|draft|proposal)',
    'you (?:mentioned|asked|said|wrote|raised|suggested|sent)',
    'as (?:discussed|requested|promised|agreed)', 'we (?:spoke|discussed|talked|agreed)', 'per our (?:conversation|call|discussion)',
    'following up on', 'attached', 'let me know', 'talk to you', 'get back to you', 'will do', 'sounds good', 'good point', 'good question',
  ]);

/** apologises: sorry for something that went wrong for this reader ("sorry to hear", "we apologise"). */
export const APOLOGISES = patterns('dialogue/apologises', [
    '(?:so |very |really |truly )?sorry (?:to hear|to see|to learn|about|for (?:the|this|that|any|your|our)|that|if|you|we|it)',
    "(?:i|we)(?:['’]re| are| am|['’]m)? (?:so |very |really )?sorry",
    '(?:i|we) (?:do |sincerely )?apologi[sz]e', '(?:our|my) (?:sincere |deepest )?apologies', 'apologies for',
  ]);

/** asks-them: a question put to this reader about them ("how was", "could you"). */
export const ASKS_THEM = patterns('dialogue/asks-them', [
    'how are (?:you|u)', 'how re u', 'how r u', 'how was', "how['’]s", 'how is (?:your|ur|the)', 'what about you', 'what do (?:you|u) think',
    '(?:are|did|can|could|do|have|will|would|were) (?:you|u)(?= [^?.!\\n]*\\?)',
  ]);

/** good-wishes: personal warmth for this reader (happy birthday, get well, hope you are well). */
export const GOOD_WISHES = patterns('dialogue/good-wishes', [
    'happy (?:birthday|b[\'’-]?day|anniversary)', 'hbd', 'get well(?: soon)?', 'miss (?:you|u)', 'love (?:you|u)',
    'hope (?:you|u)(?:[\'’]re| are| re| r)? (?:well|fine|good|ok|okay|doing well|feeling better|enjoying)',
    'hope (?:the|your|ur) (?:trip|journey|move|meeting|day|weekend|family)', 'take care', 'safe (?:trip|journey|travels?)',
    'regards to (?:your|ur|the)', 'well done', 'sorry (?:about|for|to hear)', 'god bless (?:you|u)', 'congrat(?:s|ulations) on',
  ]);

/**
 * cheers-them: praise for what this reader did, said or sent ("great job", "proud of you", "glad
 * you enjoyed it", "way to go"). Not "the best way to…", not a crowd's "you are the best".
 */
export const CHEERS_THEM = patterns('dialogue/cheers-them', [
    '(?:proud of|happy for|thrilled for|excited for|rooting for|glad for|cheering for|cheering) (?:you|u)',
    "(?:you|u)(?:['’]ll| will) (?:do|be) (?:great|amazing|awesome|a great job|so well|fantastic|brilliant)",
    "(?:great|nice|good|awesome|amazing) job(?! (?:and|at|in|for|with|of|that|opportunit))", '(?:nice|great|cool|lovely|beautiful) (?:shot|photo|pic|picture)',
    // "Way to …" opening a sentence: "Way to make Texas yours!", not "the best way to make money".
    "way to (?:go|represent|make|show|rep)(?<=(?:^|[.!?…][^a-z0-9,]*)way to \\w+)", "(?:you|u) picked (?:a|the) (?:great|beautiful|perfect|good|best) (?:day|time|spot|one)",
    'nailed it', 'you rock', 'made (?:our|my) (?:day|week)',
    "(?:glad|happy) (?:that )?(?:you|u) (?:liked|enjoyed|approve|love|like|had|made it|got|found|are happy|['’]re happy)",
    "we(?:['’]re| are) with you", 'looking forward to (?:having|seeing|meeting|welcoming) (?:you|u)', 'hope (?:you|u) (?:liked|enjoyed|had a)',
  ]);

/** hedges: plain uncertainty ("I think", "maybe"): a view offered, not a claim broadcast. */
export const HEDGES = patterns('dialogue/hedges', [
    'i think', 'i guess', 'i believe', 'i suppose', 'i feel like', "i['’]m not sure", 'not sure', 'maybe', 'perhaps', 'probably', 'possibly',
    'might', 'seems', 'it seems', 'kind of', 'sort of', 'i wonder', 'if i understand', 'as far as i know', 'imo', 'imho',
  ]);

/** i-voice: a person speaks ("I", "me", "my"), not a company or a campaign. */
export const I_VOICE = patterns('dialogue/i-voice', ['i', "i['’](?:m|ll|ve|d)", 'im', 'ive', 'me', 'my', 'myself']);

/** makes-plans: a specific time to meet, call or follow up (tomorrow, Tuesday, next week). */
export const MAKES_PLANS: readonly string[] = [
  ...WEEKDAYS,
  ...patterns('dialogue/makes-plans', [
    'tomorrow', 'tmrw', 'tonight', 'this (?:morning|afternoon|evening|week)', 'next week', 'later today',
    'meeting', 'call me', 'call you', 'see (?:you|u)', 'catch up', 'meet up', 'lunch',
  ]),
];

/** offers-help: the writer takes up this reader's case ("DM us so we can look into it"). */
export const OFFERS_HELP = patterns('dialogue/offers-help', [
    '(?:send|drop|shoot) (?:us|me) (?:a )?(?:dm|direct message|private message|pm)', '(?:dm|pm|message) (?:us|me)\\b', 'please dm', 'in (?:a |your )?dm',
    '(?:we|i)(?:[\'’]ll| will| can|[\'’]d| would)? (?:be )?(?:happy|glad) to help', '(?:we|i)(?:[\'’]re| are| am|[\'’]m) (?:looking|going to look) into',
    '(?:we|i)(?:[\'’]ll| will| can) (?:look|check) into', 'look into (?:this|it|that) for you', 'so (?:we|i) can (?:help|look|check|assist|take a look)',
    '(?:can|could|would) (?:you|u) (?:please )?(?:confirm|tell us|let us know|share|send us|dm)', 'reaching out', 'reach out to (?:us|me)',
    '(?:we|i)(?:[\'’]d| would) (?:love|like) to (?:help|learn more|look into|hear more|make (?:this|it) right)',
    // What was offered is for this reader's case: "I can send the deck if that helps".
    'if (?:that|it|this) helps', '(?:hope|hoping) (?:this|that|it) helps',
    // Asking for what is needed to look into this reader's case, and saying why.
    '(?:send|email|dm|message|give) (?:us|me) (?:your|the) (?:\\w+ ){0,2}(?:details|info|information|email|e-mail|number|name|address|order|account|vin|contact)',
    'so (?:we|i) can (?:identify|investigate|follow up|get back|sort|fix|resolve|review|confirm|connect|reach|look into)',
  ]);

/** talks-like-people: the interjections of a chat between people (ok, lol, yeah, pls). */
export const TALKS_LIKE_PEOPLE: readonly string[] = [
  ...CHAT_WORDS,
  ...patterns('dialogue/talks-like-people', [
    'pls', 'plz', 'ok', 'okay', 'yea', 'hey', 'nah', 'haha\\w*', 'hehe\\w*', 'abi', 'sha', 'jare', 'oga', 'wetin',
    'bro', 'sis', 'cos', 'coz', 'wanna', 'gonna', 'gotta', 'kinda', 'btw', 'tbh', 'aight', 'aiit', 'ya', 'yo',
  ]),
];

/** texting: text-message shorthand (u, ur, 2day, gud, tnx). */
export const TEXTING: readonly string[] = [
  ...TEXTED_THANKS,
  ...patterns('dialogue/texting', [
    'u(?![.’\'-])', 'ur(?![.’\'-])', 'ull', 'ure', 'r u', 'hw', 'wat', 'gud', 'nt', 'dat', 'dis', 'thnx', 'pple', 'bcos', 'bcoz',
    '2day', '2moro', '2morrow', '2nite', '4get', 'b4', 'gr8', 'l8r', 'msg', 'pix', 'nyt', 'wen', 'wit', 'yu',
  ]),
];

/** thanks: gratitude to the reader, for something they did. */
export const THANKS: readonly string[] = [
  ...TEXTED_THANKS,
  ...patterns('dialogue/thanks', ['thanks', 'thank you', 'thank u', 'thx', 'txs', 'tks', 'appreciated?', 'appreciate it']),
];

/** responds: reactions a reply opens on ("Haha, fair", "Good catch"). */
export const REACTIONS: readonly string[] = [
  ...CHAT_WORDS,
  ...patterns('dialogue/responds', [
  'ha(?:ha)+\\w*', 'lmao', 'aw+', 'oh+ no', 'yes+', 'yup', 'nope', 'no worries', 'of course', 'absolutely',
  'exactly', 'same', 'fair', 'agreed', 'indeed', 'totally', 'ok(?:ay)?', 'sure', 'good (?:catch|call|point|question|one)', 'great (?:question|point|catch|idea)',
  "you['’]re (?:right|welcome|not wrong|too kind)", 'you are (?:right|welcome)', 'glad (?:to hear|you|it)', 'happy to hear', 'so glad', 'congrat(?:s|ulations) (?:to you|on your)',
  'we hear you', 'same here', 'us too', 'me too', 'not yet',
  // An answer's opening turn: a plain reaction, or the bad news softened before the reason.
  'nice', 'sounds (?:good|great|like|fun|amazing|perfect)', 'great (?:choice|pick|job|work|taste|to hear)', 'no problem', 'oh', 'hm+',
  "that['’]s (?:great|awesome|amazing|wonderful|fair|true|right|a great)", 'unfortunately', 'sadly', "(?:i['’]m |we['’]re )?not sure",
  // Taking up what they said: agreeing, correcting, answering their question in a word.
  'correct', 'actually', 'wait', 'to be fair', 'true', 'oh+h', 'well then', '(?:i |we )?think you mean', 'you mean', 'noted', 'understood',
  "(?:we |i )?couldn['’]t agree more", '(?:we |i )?love (?:this|that|it)', "you['’]re in luck", 'excellent (?:question|point|example|choice|idea)',
  'great (?:word|example|one)', '(?:this|that) sounds', '(?:we|i) (?:sure )?(?:do|did|are|have|can)(?= *[!.])', 'it (?:is|does|was)(?= *[!.])',
  // What they showed, judged in a word: "This is so cool", "That looks amazing".
  "(?:this|that|these|those|it)(?:['’]s| is| was| looks?| are| were) (?:so |really |truly |very |just |absolutely |literally )?(?:good|great|awesome|amazing|incredible|beautiful|adorable|perfect|lovely|fantastic|cool|wonderful|hilarious|brilliant|fun|sweet|excellent|impressive|gorgeous|stunning|epic|iconic|genius)",
  '(?:so|how) (?:cool|awesome|sweet|fun|lovely)',
]),
];
