using Kabar.Model;

namespace Kabar.Annotation.Quotes;

/// <summary>
/// Who a quote is attributed to: the words that name them in the body, where, and the canonical
/// name from the entity layer (or the body a speaking place stands for).
/// </summary>
/// <param name="IsPerson">A person (named, described by role, or a pronoun for one): what a later 'dia' can point back to.</param>
/// <param name="Role">The role the speaker was described by ('juru bicara ...'), so 'juru bicara itu' can find them again.</param>
internal sealed record Speaker(string Text, TextSpan Span, string? Canonical, bool IsPerson, string? Role);
