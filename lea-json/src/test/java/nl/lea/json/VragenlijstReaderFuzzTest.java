package nl.lea.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the questionnaire reader with Jazzer, starting from the valid
 * documents of the committed corpus ({@code src/test/resources/nl/lea/json/
 * VragenlijstReaderFuzzTestInputs/}). Whatever the bytes, the reader returns a document or throws
 * its own {@link JsonReadException}; any other exception or error fails the test.
 *
 * <p>{@code mvn -B verify} runs it in regression mode over the corpus. To fuzz for a bounded time
 * (the duration is set below):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl lea-json -am test -Dtest=VragenlijstReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class VragenlijstReaderFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void readerReturnsADocumentOrThrowsItsOwnError(byte[] data) {
    try {
      LeaJson.readVragenlijst(data);
    } catch (JsonReadException expected) {
      if (expected.errors().isEmpty()) {
        throw new AssertionError("a JsonReadException without errors");
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void peuterReaderReturnsRecordsOrItsOwnErrors(byte[] data) {
    try (PeuterReader reader = PeuterReader.of(new java.io.ByteArrayInputStream(data))) {
      reader.stream().forEach(p -> { });
      reader.errors().forEach(e -> {
        if (!e.toString().startsWith("line ")) {
          throw new AssertionError("an error without its line: " + e);
        }
      });
    }
  }
}
