package org.pactwatch.graph;

/** A company as the strategist views show it: id, canonical name and kind (BIG_TECH, AI_LAB, …). */
public record CompanyRef(long id, String name, String kind) {}
