// The toolbar a code highlighter sets on a code block: the language's name and a copy control
// ("Rust", "TypeScript · Copy code"), in a bar right above or below the `<pre>`. The page shows it as
// a strip of the code's box; in the reader, in text and in Markdown it became a line of its own
// between the paragraph and the code. What makes one is its place and its words, the same on any
// blog or docs platform: an element right beside a code block (or beside the box that holds the block
// alone) whose whole text is a language's name, a copy label, or both. A heading stays, whatever it
// says ("Python" over a section of a tutorial), and so does a line with any other word ("Output:"
// over a program's output).
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { codeBlocksIn } from './code-line-numbers';

/** The most text a toolbar holds. */
const MAX_BAR_CHARS = 48;
/** How many boxes up from the `<pre>` a toolbar's neighbour may be (a box holding the block and its bar). */
const MAX_BOX_LEVELS = 3;
/** Text a box around the block may hold besides the code: its toolbar and little else. */
const MAX_BOX_EXTRA_CHARS = 80;

/** The names highlighters print for a block's language (lower case). */
const LANGUAGES = new Set([
  'bash', 'sh', 'shell', 'zsh', 'fish', 'console', 'terminal', 'powershell', 'ps1', 'cmd', 'batch', 'bat',
  'python', 'py', 'python3', 'javascript', 'js', 'typescript', 'ts', 'jsx', 'tsx', 'node', 'nodejs', 'json', 'jsonc', 'json5',
  'html', 'xml', 'svg', 'css', 'scss', 'sass', 'less', 'markdown', 'md', 'mdx', 'yaml', 'yml', 'toml', 'ini', 'env', 'dotenv',
  'rust', 'rs', 'go', 'golang', 'java', 'kotlin', 'kt', 'scala', 'groovy', 'gradle', 'c', 'c++', 'cpp', 'c#', 'csharp', 'cs', 'f#', 'fsharp',
  'objective-c', 'objc', 'swift', 'dart', 'ruby', 'rb', 'php', 'perl', 'lua', 'r', 'julia', 'matlab', 'haskell', 'hs', 'elixir', 'erlang',
  'clojure', 'ocaml', 'zig', 'nim', 'crystal', 'elm', 'solidity', 'assembly', 'asm', 'nasm', 'wasm', 'fortran', 'cobol', 'pascal', 'vb', 'vba',
  'sql', 'mysql', 'postgresql', 'psql', 'sqlite', 'graphql', 'gql', 'prisma', 'proto', 'protobuf', 'hcl', 'terraform', 'nginx', 'apache',
  'dockerfile', 'docker', 'makefile', 'make', 'cmake', 'nix', 'vim', 'viml', 'latex', 'tex', 'diff', 'patch', 'csv', 'http', 'regex',
  'vue', 'svelte', 'astro', 'handlebars', 'jinja', 'liquid', 'twig', 'erb', 'text', 'plaintext', 'plain text', 'txt',
  'shell session', 'shellsession', 'bash session', 'apl', 'lisp', 'scheme', 'racket', 'prolog', 'd', 'v', 'mojo', 'gleam', 'odin', 'jsonl',
]);

/** Copy controls, in the languages the UI speaks and a few more; glued to the name before them too ("RustCopy": two spans). */
const COPY_LABEL = /(?:copy(?: code| to clipboard)?|copied!?|kopieren|kopiert!?|copier(?: le code)?|copié !?|copiar(?: código)?|copiado!?|copia(?: codice)?|copiato!?|kopiëren|gekopieerd!?|kopiuj|skopiowano!?|копировать|скопировано!?)(?!\w)|コピー(?:する|しました)?|复制(?:代码)?|已复制|複製|복사/giu;

/** Whether a short text is only a language's name, copy labels, or both. */
export function isToolbarText(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat || flat.length > MAX_BAR_CHARS) return false;
  const rest = flat.replace(COPY_LABEL, ' ').replace(/[\s·|•:/()[\]-]+/g, ' ').trim().toLowerCase();
  if (!rest) return true;
  if (LANGUAGES.has(rest)) return true;
  // "Rust" and "Shell" side by side in one bar (a tab strip of one block's versions) stays a toolbar too.
  const words = rest.split(' ');
  return words.length <= 3 && words.every((word) => LANGUAGES.has(word));
}

const HEADING = /^h[1-6]$/;
const HOLDS_CONTENT = 'pre, code, img, picture, video, table, h1, h2, h3, h4, h5, h6';

function isBar(element: Element | null): element is Element {
  if (!element || HEADING.test(element.localName) || element.localName === 'pre') return false;
  if (element.querySelector(HOLDS_CONTENT)) return false;
  return isToolbarText(element.textContent ?? '');
}

/** The element siblings right beside `node`, with only white space between. */
function neighbours(node: Element): Element[] {
  const found: Element[] = [];
  for (const step of ['previousSibling', 'nextSibling'] as const) {
    let next = node[step];
    while (next && next.nodeType === 3 && !(next.nodeValue ?? '').trim()) next = next[step];
    if (next && next.nodeType === 1) found.push(next as Element);
  }
  return found;
}

/** Removes the toolbars of the article's code blocks, in place; returns what went. */
export function removeCodeToolbars(article: Element): Removal[] {
  const removed: Removal[] = [];
  const rule = STEP_RULES.codeToolbar;
  for (const pre of codeBlocksIn(article)) {
    const code = (pre.textContent ?? '').length;
    let box: Element | null = pre;
    for (let level = 0; box && box !== article && level <= MAX_BOX_LEVELS; level++) {
      if ((box.textContent ?? '').length - code > MAX_BOX_EXTRA_CHARS) break;
      for (const bar of neighbours(box)) {
        if (!isBar(bar)) continue;
        removed.push(recordRemoval(bar, rule, rule.match));
        bar.remove();
      }
      box = box.parentElement;
    }
  }
  return removed;
}
