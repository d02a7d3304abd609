package nl.lea.json.internal;

/** JSON Pointer (RFC 6901) building. Not API. */
public final class Pointer {

  private Pointer() {}

  public static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
