/** A small application that uses lea on the module path, through the public API only. */
module nl.lea.consument {
  requires nl.lea.core;
  requires nl.lea.bereik;
  requires nl.lea.json;
  requires nl.lea.rapport;
  requires com.fasterxml.jackson.databind;
  requires nl.lea.jackson3;
}
