/**
 * Implementation support shared by the lea-core packages. Not API: may change without notice.
 */
package nl.lea.core.internal;
