/** Long words and wordy phrases with a short twin that means the same (Plain English lists). */
export const PLAIN_WORDS: ReadonlyMap<string, string> = new Map([
  ['approximately', 'about'], ['additional', 'more'], ['additionally', 'also'], ['assistance', 'help'], ['commence', 'start'],
  ['demonstrate', 'show'], ['demonstrates', 'shows'], ['facilitate', 'help'], ['facilitates', 'helps'], ['functionality', 'features'],
  ['individuals', 'people'], ['numerous', 'many'], ['purchase', 'buy'], ['regarding', 'about'], ['subsequently', 'later'],
  ['sufficient', 'enough'], ['terminate', 'end'], ['in order to', 'to'], ['prior to', 'before'], ['at this point in time', 'now'],
  ['due to the fact that', 'because'], ['in the event that', 'if'], ['a majority of', 'most'], ['with regard to', 'about'],
  ['nevertheless', 'still'], ['consequently', 'so'], ['obtain', 'get'], ['require', 'need'], ['requires', 'needs'],
  ['endeavor', 'try'], ['ascertain', 'find out'], ['initiate', 'start'], ['optimal', 'best'], ['modification', 'change'],
  ['modifications', 'changes'], ['methodology', 'method'], ['utilize', 'use'], ['utilizes', 'uses'], ['utilizing', 'using'],
  ['accordingly', 'so'], ['therefore', 'so'], ['currently', 'now'], ['anticipate', 'expect'], ['component', 'part'],
  ['components', 'parts'], ['indicate', 'show'], ['indicates', 'shows'], ['transmit', 'send'], ['inquire', 'ask'],
]);
