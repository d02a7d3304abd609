package nl.lea.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the questionnaire reader with Jazzer, starting from the valid
 * documents of the committed corpus ({@code src/test/resources/nl/lea/json/
 * VragenlijstReaderFuzzTestInputs/}). Whatever the bytes, the reader returns a document that its
 * canonical form reproduces, or throws its own {@link JsonReadException} whose errors are one line
 * each and point into the input ({@link Uitkomsten}); anything else fails the test.
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
    Uitkomsten.controleer(data, LeaJson::readVragenlijst, v -> LeaJson.writeVragenlijst(v, false));
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
