import type { Token } from './tokenize.js'
import { writtenInCapitals } from './capitals.js'

/**
 * Family names of Chinese (Mandarin and Cantonese spellings), Vietnamese and Korean origin, as residents write them
 * in Latin letters, family name first: "Chen Mei Ling", "Bui Thi Mai", "Wong Wai Man". Compiled from general knowledge
 * of the most frequent family names.
 */
const FAMILY_NAMES: ReadonlySet<string> = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie song tang han feng deng
  cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao cui zhong tan fan liao shi jin
  jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao wan qian
  chan wong cheung lau leung lam tsang kwok yip chow tse chu fung lai mak tsui siu poon kwan tsoi
  nguyen tran pham hoang huynh phan vu vo dang bui ngo duong trinh truong dinh lam mai
  kim park choi jung kang cho yoon jang lim
  he do ma le lee so yu ng ho ly`.split(/\s+/),
)
// Short words that open Dutch or English sentences too ("Ma zegt", "He Said"): a family name only inside a sentence.
const ALSO_WORDS: ReadonlySet<string> = new Set(['he', 'do', 'ma', 'le', 'lee', 'so', 'yu', 'ng', 'ho', 'ly', 'lu', 'su', 'du', 'fan', 'long', 'man'])
// One syllable in pinyin, Cantonese or Vietnamese spelling (diacritics folded): consonants, vowels, a final n, ng, nh…
const SYLLABLE = /^(?:[bcdfghjklmnpqrstvwxyzđ]{0,3})[aeiouyăâêôơư]{1,3}(?:ng|nh|ch|[nmptck])?$/

const fold = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')

function isSyllable(token: Token | undefined, capitals: boolean): token is Token {
  if (!token?.spaced || token.text.length < 2 || token.text.length > 6) return false
  if (!(token.isCapitalised || (capitals && token.isAllCaps))) return false
  return SYLLABLE.test(fold(token.lower))
}

/** The token index after "Chen Mei Ling" starting at i, or -1: a family name and one or two syllables of a given name. */
export function eastAsianNameEnd(tokens: readonly Token[], i: number, sentenceStart: boolean): number {
  const token = tokens[i]!
  const capitals = token.isAllCaps && writtenInCapitals(tokens)
  if (!(token.isCapitalised || capitals) || !FAMILY_NAMES.has(fold(token.lower))) return -1
  if (sentenceStart && ALSO_WORDS.has(token.lower)) return -1
  let end = i + 1
  while (end < i + 3 && isSyllable(tokens[end], capitals)) end++
  return end > i + 1 ? end : -1
}
