using System.Collections.Concurrent;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Channels.Console;

/// <summary>Prints messages to the terminal; pictures are saved to files. Remembers buttons so "#n" can press them.</summary>
public sealed class ConsoleSender(TextWriter output, string pictureFolder) : IChannelSender
{
    private readonly ConcurrentDictionary<long, IReadOnlyList<Button>> lastButtons = new();
    private readonly ConcurrentDictionary<long, string> lastText = new();
    private readonly ConcurrentDictionary<long, string> lastCard = new();
    private readonly Lock writing = new();

    public ChannelKind Channel => ChannelKind.Console;

    /// <summary>Where pictures (QR codes, charts) and files (exports) are written.</summary>
    public string FilesFolder => Path.GetFullPath(pictureFolder);

    public Task SendAsync(OutboundMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var flat = message.Buttons.SelectMany(r => r).ToList();
        var who = DemoPeople.All.FirstOrDefault(p => p.Id == message.ChatId)?.Name ?? message.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        lock (writing)
        {
            output.WriteLine();
            output.WriteLine($"── bot → {who} ──");
            output.WriteLine(message.Text);
            if (message.Photo is { } photo)
            {
                Directory.CreateDirectory(pictureFolder);
                var path = Path.Combine(pictureFolder, photo.FileName);
                File.WriteAllBytes(path, photo.Bytes);
                output.WriteLine($"[ảnh / picture: {Path.GetFullPath(path)}]");
            }

            if (message.Document is { } document)
            {
                Directory.CreateDirectory(pictureFolder);
                var path = Path.Combine(pictureFolder, document.FileName);
                File.WriteAllBytes(path, document.Bytes);
                output.WriteLine($"[tệp / file: {Path.GetFullPath(path)}]");
            }

            for (var i = 0; i < flat.Count; i++)
            {
                output.WriteLine($"  [#{i + 1}] {flat[i].Text}");
            }

            output.Flush();
        }

        lastText[message.ChatId] = message.Text;
        if (flat.Count > 0)
        {
            lastButtons[message.ChatId] = flat;
        }

        if (Features.Dossiers.DossierViews.CardCode(message.Text) is not null)
        {
            lastCard[message.ChatId] = message.Text;
        }

        return Task.CompletedTask;
    }

    public Task AcknowledgeButtonAsync(string buttonId, CancellationToken ct) => Task.CompletedTask;

    public Button? ButtonOf(long chatId, int number) =>
        lastButtons.TryGetValue(chatId, out var buttons) && number >= 1 && number <= buttons.Count ? buttons[number - 1] : null;

    public string? LastTextTo(long chatId) => lastText.GetValueOrDefault(chatId);

    public string? LastCardTo(long chatId) => lastCard.GetValueOrDefault(chatId);

    public void Write(string text)
    {
        lock (writing)
        {
            output.WriteLine(text);
            output.Flush();
        }
    }

    public void Prompt(string name)
    {
        lock (writing)
        {
            output.Write($"\n{name} › ");
            output.Flush();
        }
    }
}
