package io.loopwatch.graph;

import io.loopwatch.facts.Role;

/**
 * A company in the picture.
 *
 * @param role the role it is coloured by: the first one its facts list
 */
public record NetworkNode(String id, String name, Role role) {}
