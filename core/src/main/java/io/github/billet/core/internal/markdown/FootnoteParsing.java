package io.github.billet.core.internal.markdown;

import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Block;
import org.commonmark.node.DefinitionMap;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.text.Characters;

/**
 * Parses footnotes ({@code [^label]} and {@code [^label]: text}) on commonmark 0.32.
 *
 * <p>commonmark-ext-footnotes 0.30.0, the newest served, calls {@code LinkInfo.text()}, which
 * commonmark 0.32.0 replaced by {@code text(Scanner)}: its parser side throws {@link
 * NoSuchMethodError} on the first link of a document. Billet parses footnotes itself (same rules as
 * the 0.30.0 parser, inline footnotes left out) into that extension's own {@link
 * FootnoteDefinition} and {@link FootnoteReference} nodes, whose HTML renderer works on 0.32.0.
 */
final class FootnoteParsing {

  private FootnoteParsing() {}

  /** Adds the footnote parsers to a parser builder. */
  static void extend(Parser.Builder parserBuilder) {
    parserBuilder.customBlockParserFactory(new DefinitionParser.Factory());
    parserBuilder.linkProcessor(new ReferenceProcessor());
  }

  /** {@code [^label]:} followed by content; continuation lines are indented by 4. */
  private static final class DefinitionParser extends AbstractBlockParser {
    private final FootnoteDefinition block;
    private final DefinitionMap<FootnoteDefinition> definitions =
        new DefinitionMap<>(FootnoteDefinition.class);

    DefinitionParser(String label) {
      block = new FootnoteDefinition(label);
      definitions.putIfAbsent(label, block);
    }

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public boolean isContainer() {
      return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
      return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (state.getIndent() >= 4) {
        return BlockContinue.atColumn(state.getColumn() + 4);
      }
      return BlockContinue.none();
    }

    @Override
    public List<DefinitionMap<?>> getDefinitions() {
      return List.of(definitions);
    }

    static final class Factory extends AbstractBlockParserFactory {
      @Override
      public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
        if (state.getIndent() >= 4) {
          return BlockStart.none();
        }
        CharSequence content = state.getLine().getContent();
        int index = state.getNextNonSpaceIndex();
        if (index + 2 >= content.length()
            || content.charAt(index) != '['
            || content.charAt(index + 1) != '^') {
          return BlockStart.none();
        }
        int labelStart = index + 2;
        for (int i = labelStart; i < content.length(); i++) {
          char c = content.charAt(i);
          if (c == ']') {
            if (i > labelStart && i + 1 < content.length() && content.charAt(i + 1) == ':') {
              String label = content.subSequence(labelStart, i).toString();
              int after = Characters.skipSpaceTab(content, i + 2, content.length());
              return BlockStart.of(new DefinitionParser(label)).atIndex(after);
            }
            return BlockStart.none();
          }
          if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0') {
            return BlockStart.none();
          }
        }
        return BlockStart.none();
      }
    }
  }

  /** Turns {@code [^label]} into a reference when the label is defined. */
  private static final class ReferenceProcessor implements LinkProcessor {
    @Override
    public LinkResult process(LinkInfo linkInfo, Scanner scanner, InlineParserContext context) {
      if (linkInfo.marker() != null || linkInfo.destination() != null) {
        return LinkResult.none();
      }
      String text = linkInfo.text(scanner);
      if (!text.startsWith("^")) {
        return LinkResult.none();
      }
      if (linkInfo.label() != null
          && context.getLinkReferenceDefinition(linkInfo.label()) != null) {
        return LinkResult.none();
      }
      String label = text.substring(1);
      if (context.getDefinition(FootnoteDefinition.class, label) == null) {
        return LinkResult.none();
      }
      return LinkResult.replaceWith(new FootnoteReference(label), linkInfo.afterTextBracket());
    }
  }
}
