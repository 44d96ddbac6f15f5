/**
 * Watches the XML text fed to the SAX parser and stops at any run the parser would buffer
 * whole before handing it on: the characters of one text node, one tag with its attributes,
 * one attribute value, one CDATA section, comment or processing instruction. A CDATA section
 * or a comment may hold any number of "<", so counting from the last "<" (as a text guard
 * would) lets a giant one through; here each construct is counted from its start to its own
 * end, across chunks. Spreadsheet parts never carry a DOCTYPE (and the entity declarations
 * that come with one), so a "<!" that opens neither CDATA nor a comment is refused outright.
 */

type State = 'text' | 'opening' | 'tag' | 'value' | 'cdata' | 'comment' | 'instruction'

/** What grew too long: character data (text, CDATA) or markup (a tag, a comment…). */
export type RunKind = 'characters' | 'markup'

const cdataStart = '![CDATA['
const commentStart = '!--'
const terminators = { cdata: ']]>', comment: '-->', instruction: '?>' } as const

export interface MarkupRunRefusals {
  /** A run longer than the limit. */
  tooLong(limit: number, kind: RunKind): Error
  /** A document type declaration (or another "<!" declaration). */
  declaration(): Error
}

export class MarkupRunGuard {
  private state: State = 'text'
  private run = 0
  /** What follows "<" until it is clear what it opens (at most "![CDATA["). */
  private opening = ''
  /** The quote that closes the attribute value being read. */
  private quote = ''
  /** The end of the previous chunk, when a terminator may straddle two chunks. */
  private tail = ''

  constructor(
    private readonly maxRun: number,
    private readonly refusals: MarkupRunRefusals
  ) {}

  /** Takes the next piece of the document; throws when a run grows past the limit. */
  feed(text: string): void {
    let at = 0
    while (at < text.length) {
      switch (this.state) {
        case 'text': {
          const open = text.indexOf('<', at)
          if (open === -1) return this.grow(text.length - at)
          this.grow(open - at)
          this.begin('opening')
          at = open + 1
          break
        }
        case 'opening':
          at = this.readOpening(text, at)
          break
        case 'tag':
          at = this.readTag(text, at)
          break
        case 'value': {
          const close = text.indexOf(this.quote, at)
          if (close === -1) return this.grow(text.length - at)
          this.grow(close + 1 - at)
          this.state = 'tag'
          at = close + 1
          break
        }
        default:
          at = this.readUntil(text, at, terminators[this.state])
      }
    }
  }

  private begin(state: State): void {
    this.state = state
    this.run = 0
    this.opening = ''
    this.tail = ''
  }

  private grow(characters: number): void {
    this.run += characters
    if (this.run > this.maxRun) throw this.refusals.tooLong(this.maxRun, this.state === 'text' || this.state === 'cdata' ? 'characters' : 'markup')
  }

  private readOpening(text: string, at: number): number {
    const char = text[at]
    this.opening += char
    this.grow(1)
    if (this.opening === '?') this.state = 'instruction'
    else if (this.opening[0] !== '!') this.state = char === '>' ? 'text' : 'tag'
    else if (this.opening === cdataStart) this.state = 'cdata'
    else if (this.opening === commentStart) this.state = 'comment'
    else if (!cdataStart.startsWith(this.opening) && !commentStart.startsWith(this.opening)) throw this.refusals.declaration()
    if (this.state === 'text') this.run = 0
    return at + 1
  }

  private readTag(text: string, at: number): number {
    for (let index = at; index < text.length; index++) {
      const char = text[index]
      if (char === '>') {
        this.grow(index + 1 - at)
        this.begin('text')
        return index + 1
      }
      if (char === '"' || char === "'") {
        this.grow(index + 1 - at)
        this.quote = char
        this.state = 'value'
        return index + 1
      }
    }
    this.grow(text.length - at)
    return text.length
  }

  /** Reads on to `terminator` (which may straddle the previous chunk and this one). */
  private readUntil(text: string, at: number, terminator: string): number {
    const straddling = (this.tail + text.slice(at, at + terminator.length - 1)).indexOf(terminator)
    const found = straddling !== -1 ? at + straddling + terminator.length - this.tail.length : text.indexOf(terminator, at)
    const end = found === -1 ? -1 : straddling !== -1 ? found : found + terminator.length
    if (end === -1) {
      this.grow(text.length - at)
      this.tail = (this.tail + text.slice(Math.max(at, text.length - terminator.length + 1))).slice(-(terminator.length - 1))
      return text.length
    }
    this.grow(end - at)
    this.begin('text')
    return end
  }
}
