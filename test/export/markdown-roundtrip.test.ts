// Our Markdown, read back by a real parser, must say what the HTML said: every hostile snippet below
// is text that looks like Markdown syntax somewhere a converter forgets to escape (after a <br>, at a
// line start, around emphasis, in a table's path). Fixtures get the same check in test/core/fixtures.test.ts.
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/export/markdown-body';
import { expectedText, fragment, renderedText } from './markdown-roundtrip';

const SNIPPETS: Record<string, string> = {
  'a list item after a <br>': '<p>Shopping list:<br>- eggs<br>+ milk<br>* bread</p>',
  'a setext heading after a <br>': '<p>Total<br>===</p><p>Subtotal<br>---</p><p>Net<br>-</p>',
  'a thematic break': '<p>---</p><p>- - -</p><p>___</p><p>***</p>',
  'an ordered list after a <br>': '<p>Steps<br>1. open<br>2) close<br>1986. A good year</p>',
  'a heading, quote or fence after a <br>': '<p>a<br># not a heading<br>> not a quote<br>```<br>~~~ not a fence</p>',
  'a table delimiter row': '<p>a | b<br>--- | ---</p><p>| c |<br>|:---|</p>',
  'emphasis characters': '<p>*not em* _not em_ snake_case_word __init__ ~~not struck~~ 2*3*4</p>',
  'link and reference syntax': '<p>[text](https://x.example/) and [ref]: https://x.example/ and ![img](x.png)</p>',
  'HTML-looking text': '<p>&lt;div&gt;html&lt;/div&gt; &lt;!-- comment --&gt; &lt;https://autolink.example/&gt; a &lt; b</p>',
  'entities': '<p>&amp;copy; &amp;#169; &amp;amp; AT&amp;T</p>',
  'backslashes': '<p>C:\\ and a trailing backslash\\<br>next line</p><p>\\*</p>',
  'backticks': '<p>`code` and ``double`` and ```fence```</p><p><code>``</code> <code>`a`</code></p>',
  'closing hashes of a heading': '<h2>Learn C #</h2><h3>Top 10 ##</h3>',
  'a link around blocks': '<p><a href="https://x.example/"><div>Title</div><div>Summary</div></a></p><a href="https://y.example/"><h3>Card</h3><p>Teaser text</p></a>',
  'emphasis next to punctuation': '<p>word<strong>"quoted"</strong>word <strong>Note:</strong>Text <em>(aside)</em>after a<em> spaced </em>b</p>',
  'adjacent emphasis': '<p><em>one</em><em>two</em> <strong>three</strong><strong>four</strong> <s>old</s>new</p>',
  'markers at the start of list items and quotes': '<ul><li>1. inner</li><li># hash</li><li>- dash</li></ul><blockquote><p>1. quoted</p><p>&gt; nested</p></blockquote>',
  'an ordered list starting below zero': '<ol start="-2"><li>minus two</li><li>minus one</li></ol>',
  'a table caption and cells': '<table><caption>Results 2025</caption><tr><th>Team</th><th>Score</th></tr><tr><td>A | B</td><td>*1*</td></tr></table>',
  'quotes': '<p>He said <q>enough</q>.</p>',
  'link text and titles': '<p><a href="https://x.example/a_(b)" title="say &quot;hi&quot;">a [bracketed] link</a> <a href="https://x.example/a b">spaced</a></p>',
  'code blocks': '<pre>```\ninside\n```</pre><pre>    indented\n\n  code</pre>',
  'leading spaces and tabs': '<p>&nbsp;&nbsp;&nbsp;&nbsp;four spaces</p><p>\t- tab dash</p>',
  'a definition list': '<dl><dt>Term *x*</dt><dd>1. Definition</dd></dl>',
};

describe('Markdown read back by markdown-it', () => {
  for (const [name, html] of Object.entries(SNIPPETS)) {
    it(`keeps the text of ${name}`, () => {
      const root = fragment(html);
      const markdown = htmlToMarkdown(root);
      expect(renderedText(markdown), markdown).toBe(expectedText(root));
    });
  }
});
