package io.github.billet.i18n.internal;

/**
 * Walks Markdown and hands the words of its prose, lower-cased, to a {@link WordSink}, leaving out
 * what is not prose: front matter, fenced code blocks, code spans, HTML tags and comments, link
 * targets, reference definitions, URLs, e-mail addresses, entities, Eleventy shortcodes and
 * attribute blocks. A first paragraph wholly in italics that holds a link is left out too: it is
 * the usual notice pointing to the post's translation, written in the other language.
 *
 * <p>Words of cited text are flagged: link and image texts ({@code [...]}) and quotations ({@code «
 * »}, {@code “ ”}, {@code " "}) on one line. They are often titles or names in another language.
 *
 * <p>Words are runs of letters. An apostrophe between letters ends a word and is kept on it, so
 * that French elisions come out as {@code l'}, {@code d'}, {@code qu'}; the typographic apostrophe
 * is written as {@code '}. One pass over the characters, no regular expressions, no allocation but
 * one small buffer per call.
 */
public final class ProseScanner {

  /** Flag of a word in a link text or a quotation. */
  public static final int CITED = 1;

  /** Flag of a word whose first letter is upper case, often a name. */
  public static final int CAPITALIZED = 2;

  /** Receives words. */
  public interface WordSink {
    /**
     * Takes one word.
     *
     * @param word the lower-cased letters, the buffer is reused after the call
     * @param length how many characters of the buffer are the word
     * @param flags {@link #CITED} and {@link #CAPITALIZED} bits
     */
    void word(char[] word, int length, int flags);
  }

  private static final int MAX_WORD = 48;

  private ProseScanner() {}

  /**
   * Scans a Markdown text.
   *
   * @param s the text
   * @param sink receives the words in order
   */
  public static void scan(String s, WordSink sink) {
    final int n = s.length();
    char[] buf = new char[MAX_WORD + 1];
    int len = 0;
    int fenceChar = 0;
    int fenceLen = 0;
    boolean lineStart = true;
    boolean capitalized = false;
    int brackets = 0;
    boolean guillemets = false;
    boolean curly = false;
    boolean straight = false;
    int i = skipTranslationNotice(s, skipFrontMatter(s));
    while (i < n) {
      if (lineStart) {
        lineStart = false;
        int j = i;
        while (j < n && j - i < 4 && s.charAt(j) == ' ') {
          j++;
        }
        boolean shallow = j - i < 4;
        if (fenceLen > 0) {
          if (shallow
              && j < n
              && s.charAt(j) == fenceChar
              && run(s, j, (char) fenceChar) >= fenceLen) {
            fenceLen = 0;
          }
          i = nextLine(s, i);
          lineStart = true;
          continue;
        }
        if (shallow && j < n) {
          char c = s.charAt(j);
          if ((c == '`' || c == '~') && run(s, j, c) >= 3) {
            fenceChar = c;
            fenceLen = run(s, j, c);
            i = nextLine(s, i);
            lineStart = true;
            continue;
          }
          if (c == '[' && isReferenceDefinition(s, j)) {
            i = nextLine(s, i);
            lineStart = true;
            continue;
          }
        }
      }
      char c = s.charAt(i);
      if (isLetter(c)) {
        if (len == 0 && (c == 'w' || c == 'W') && s.startsWith("ww.", i + 1)) {
          i = skipUrl(s, i);
          continue;
        }
        if (len == 0) {
          capitalized = Character.isUpperCase(c);
        }
        if (len < MAX_WORD) {
          buf[len++] = Character.toLowerCase(c);
        }
        i++;
        continue;
      }
      switch (c) {
        case '\n':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          lineStart = true;
          brackets = 0;
          guillemets = false;
          curly = false;
          straight = false;
          i++;
          break;
        case '[':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          brackets++;
          i++;
          break;
        case '\u00AB':
        case '\u00BB':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          guillemets = c == '\u00AB';
          i++;
          break;
        case '\u201C':
        case '\u201D':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          curly = c == '\u201C';
          i++;
          break;
        case '"':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          straight = !straight;
          i++;
          break;
        case '\'':
        case '\u2019':
          if (len > 0 && i + 1 < n && isLetter(s.charAt(i + 1))) {
            buf[len++] = '\'';
            len =
                emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          } else {
            len =
                emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          }
          i++;
          break;
        case ':':
          if (len > 0 && s.startsWith("//", i + 1)) {
            len = 0; // a URL's scheme: drop it with the rest
            i = skipUrl(s, i);
          } else {
            len =
                emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
            i++;
          }
          break;
        case '@':
          len = 0; // an e-mail address or a handle
          i = skipUrl(s, i);
          break;
        case '`':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          i = skipCodeSpan(s, i);
          break;
        case '<':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          i = skipTag(s, i);
          break;
        case ']':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          brackets = Math.max(0, brackets - 1);
          i = i + 1 < n && s.charAt(i + 1) == '(' ? skipParens(s, i + 1) : i + 1;
          break;
        case '{':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          i = skipBraces(s, i);
          break;
        case '&':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          i = skipEntity(s, i);
          break;
        case '\\':
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          // An escaped character is not syntax; a backslash ending a line is a line break.
          i += i + 1 < n && s.charAt(i + 1) != '\n' ? 2 : 1;
          break;
        default:
          len = emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
          i++;
      }
    }
    emit(sink, buf, len, capitalized, brackets > 0 || guillemets || curly || straight);
  }

  private static int emit(WordSink sink, char[] buf, int len, boolean capitalized, boolean cited) {
    if (len > 0) {
      sink.word(buf, len, (cited ? CITED : 0) | (capitalized ? CAPITALIZED : 0));
    }
    return 0;
  }

  private static boolean isLetter(char c) {
    if (c < 0x80) {
      char lower = (char) (c | 0x20);
      return lower >= 'a' && lower <= 'z';
    }
    return Character.isLetter(c);
  }

  private static int run(String s, int i, char c) {
    int j = i;
    while (j < s.length() && s.charAt(j) == c) {
      j++;
    }
    return j - i;
  }

  private static int nextLine(String s, int i) {
    int nl = s.indexOf('\n', i);
    return nl < 0 ? s.length() : nl + 1;
  }

  /** Skips a YAML ({@code ---}) or TOML ({@code +++}) front matter block that starts the text. */
  private static int skipFrontMatter(String s) {
    int start = !s.isEmpty() && s.charAt(0) == '\uFEFF' ? 1 : 0;
    String fence;
    if (s.startsWith("---", start)) {
      fence = "---";
    } else if (s.startsWith("+++", start)) {
      fence = "+++";
    } else {
      return start;
    }
    if (!isBlankTail(s, start + 3)) {
      return start;
    }
    int line = nextLine(s, start);
    while (line < s.length()) {
      if ((s.startsWith(fence, line) || (fence.equals("---") && s.startsWith("...", line)))
          && isBlankTail(s, line + 3)) {
        return nextLine(s, line);
      }
      line = nextLine(s, line);
    }
    return start; // never closed: not front matter
  }

  /**
   * Skips a first paragraph that is wholly in italics and holds a link, such as {@code *Read the
   * [English version](/en/blog/x/).*}.
   */
  private static int skipTranslationNotice(String s, int from) {
    int start = from;
    while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < s.length()) {
      int nl = s.indexOf('\n', end);
      if (nl < 0) {
        end = s.length();
        break;
      }
      end = nl + 1;
      if (isBlankTail(s, end)) {
        break;
      }
    }
    String p = s.substring(start, end).strip();
    if (p.length() > 2
        && (p.charAt(0) == '*' || p.charAt(0) == '_')
        && (p.charAt(p.length() - 1) == '*' || p.charAt(p.length() - 1) == '_')
        && p.contains("](")) {
      return end;
    }
    return from;
  }

  /** Tells whether only spaces, tabs or a CR are left on the line from i. */
  private static boolean isBlankTail(String s, int i) {
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** A line {@code [label]: target}. */
  private static boolean isReferenceDefinition(String s, int i) {
    int close = s.indexOf("]:", i);
    int nl = s.indexOf('\n', i);
    return close > i && (nl < 0 || close < nl);
  }

  /** Skips to the next whitespace or to a character that ends a URL in Markdown. */
  private static int skipUrl(String s, int i) {
    int j = i;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c <= ' ' || c == '<' || c == '>' || c == ')' || c == ']' || c == '"' || c == '|') {
        break;
      }
      j++;
    }
    return j;
  }

  private static int skipCodeSpan(String s, int i) {
    int r = run(s, i, '`');
    int j = i + r;
    while (true) {
      int k = s.indexOf('`', j);
      if (k < 0) {
        return i + r; // no closing run: the backticks are literal
      }
      int kr = run(s, k, '`');
      if (kr == r) {
        return k + kr;
      }
      j = k + kr;
    }
  }

  /** Skips an HTML tag, comment, declaration or autolink; a lone '<' is literal. */
  private static int skipTag(String s, int i) {
    if (i + 1 >= s.length()) {
      return i + 1;
    }
    char next = s.charAt(i + 1);
    if (s.startsWith("!--", i + 1)) {
      int end = s.indexOf("-->", i + 4);
      return end < 0 ? s.length() : end + 3;
    }
    if (isLetter(next) || next == '/' || next == '!' || next == '?') {
      int end = s.indexOf('>', i + 1);
      return end < 0 ? i + 1 : end + 1;
    }
    return i + 1;
  }

  /** Skips a link target {@code (url "title")} starting at the '(' at i, nested parentheses too. */
  private static int skipParens(String s, int i) {
    int depth = 0;
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (--depth == 0) {
          return j + 1;
        }
      } else if (c == '\n') {
        return j;
      }
    }
    return s.length();
  }

  /**
   * Skips {@code {% shortcode %}}, {@code {{ expression }}} and attribute blocks {@code {.class #id
   * key=value}}; other braces are literal.
   */
  private static int skipBraces(String s, int i) {
    if (i + 1 >= s.length()) {
      return i + 1;
    }
    char next = s.charAt(i + 1);
    if (next == '%' || next == '{') {
      String close = next == '%' ? "%}" : "}}";
      int end = s.indexOf(close, i + 2);
      return end < 0 ? i + 1 : end + 2;
    }
    if (next == '.' || next == '#' || next == ':') {
      int end = s.indexOf('}', i + 1);
      int nl = s.indexOf('\n', i + 1);
      return end < 0 || (nl >= 0 && nl < end) ? i + 1 : end + 1;
    }
    return i + 1;
  }

  /** Skips {@code &name;} or {@code &#123;}; a lone '&' is literal. */
  private static int skipEntity(String s, int i) {
    int j = i + 1;
    while (j < s.length() && j - i <= 10) {
      char c = s.charAt(j);
      if (c == ';') {
        return j > i + 1 ? j + 1 : i + 1;
      }
      if (!(Character.isLetterOrDigit(c) || c == '#')) {
        break;
      }
      j++;
    }
    return i + 1;
  }
}
