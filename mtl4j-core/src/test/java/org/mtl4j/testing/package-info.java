/** Shared random inputs for the tests. */
package org.mtl4j.testing;
