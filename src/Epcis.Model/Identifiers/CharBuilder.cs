using System.Buffers;

namespace Epcis.Model.Identifiers;

/// <summary>A stack-first growable character buffer so identifier conversion allocates only its result string.</summary>
internal ref struct CharBuilder
{
    private Span<char> _chars;
    private char[]? _rented;
    private int _length;

    public CharBuilder(Span<char> initial)
    {
        _chars = initial;
        _rented = null;
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> AsSpan() => _chars[.._length];

    public readonly ReadOnlySpan<char> Slice(int start, int length) => _chars.Slice(start, length);

    /// <summary>Guarantees room for <paramref name="extra"/> more characters, so spans taken before stay valid.</summary>
    public void EnsureCapacity(int extra)
    {
        if (_length + extra > _chars.Length) Grow(_length + extra);
    }

    public void Append(char c)
    {
        if (_length == _chars.Length) Grow(_length + 1);
        _chars[_length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length) Grow(_length + text.Length);
        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    public void AppendHex(char c)
    {
        const string hex = "0123456789ABCDEF";
        Append('%');
        Append(hex[(c >> 4) & 0xF]);
        Append(hex[c & 0xF]);
    }

    public void Truncate(int length) => _length = length;

    public override readonly string ToString() => new(AsSpan());

    public void Dispose()
    {
        char[]? rented = _rented;
        this = default;
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
    }

    private void Grow(int required)
    {
        char[] next = ArrayPool<char>.Shared.Rent(Math.Max(required, _chars.Length * 2));
        _chars[.._length].CopyTo(next);
        char[]? old = _rented;
        _chars = next;
        _rented = next;
        if (old is not null) ArrayPool<char>.Shared.Return(old);
    }
}
